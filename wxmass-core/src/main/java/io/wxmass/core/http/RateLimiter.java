package io.wxmass.core.http;

/**
 * The per-account budget of mass requests (sendall, send, preview): 60 in any rolling minute.
 * {@link #acquire(String)} waits until a request may go; it never fails for being over budget.
 * In memory for one process; Redis-backed (wxmass-campaign) for a cluster.
 */
public interface RateLimiter {
    void acquire(String appId) throws InterruptedException;
}
