package io.wxmass.core.http;

/**
 * The per-account budget of mass requests (sendall, send, preview): 60 in any rolling minute.
 * {@link #acquire(String)} waits until a request may go; it never fails for being over budget.
 * In memory for one process; Redis-backed (wxmass-campaign) for a cluster.
 *
 * <p>Sends come first: a preview goes only while fewer than {@link #previewLimit(int)} requests of
 * any kind are in the window, so previews can never take the permits that sends need (a send waits
 * for previews only once sends alone have used two thirds of the window).
 */
public interface RateLimiter {
    /** A send (sendall, send): may take any permit of the window. */
    void acquire(String appId) throws InterruptedException;

    /**
     * A preview: waits until fewer than {@link #previewLimit(int)} requests are in the window, without
     * holding up sends meanwhile. A limiter without priorities treats a preview like a send.
     */
    default void acquirePreview(String appId) throws InterruptedException {
        acquire(appId);
    }

    /** How full the window may be for a preview still to go: a third of the permits (20 of 60). */
    static int previewLimit(int permits) {
        return Math.max(1, permits / 3);
    }
}
