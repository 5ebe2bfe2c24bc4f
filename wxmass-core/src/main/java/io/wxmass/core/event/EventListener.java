package io.wxmass.core.event;

import io.wxmass.core.callback.CallbackException;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.http.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a client does, told as it happens, for metrics and tracing without a dependency in core (in the spirit of
 * OkHttp's {@code EventListener}). Every method has a no-op default: implement the ones you need. Set one through
 * {@code WxMassConfig.Builder.eventListener} (the API side) and {@code CallbackHandlerBuilder.eventListener} (the
 * receiving side); {@code wxmass-micrometer} turns them into meters.
 *
 * <p>Methods are called on the thread doing the work, synchronously: keep them fast and non-blocking. A listener that
 * throws does not break the call: the exception is logged once per listener (WARN) and the call carries on.
 * Durations are in nanoseconds from {@link System#nanoTime()}, so {@link #NONE} costs no allocation per call; there is
 * no per-call factory because every event carries what it needs (the endpoint, the elapsed time, the retries).
 */
public interface EventListener {
    /** Listens to nothing: the default. */
    EventListener NONE = new EventListener() {
        @Override
        public String toString() {
            return "EventListener.NONE";
        }
    };

    /**
     * A request to the platform starts (its first attempt; a read that joins one already in flight is a
     * {@link #sharedRead} instead, since it sends nothing).
     */
    default void callStart(Endpoint endpoint) {
    }

    /** The platform answered errcode 0 after {@code retries} re-attempts (a token refresh counts as one). */
    default void callEnd(Endpoint endpoint, long durationNanos, int retries) {
    }

    /**
     * The call failed for good: an errcode ({@code io.wxmass.core.error.WeChatApiException}, read its
     * {@code errcode()}), no readable answer ({@code TransportException}), or a token that could not be had.
     */
    default void callFailed(Endpoint endpoint, RuntimeException failure, long durationNanos, int retries) {
    }

    /** The retry policy chose to re-attempt after {@code failure}; attempt {@code nextAttempt} follows the delay. */
    default void retryScheduled(Endpoint endpoint, RuntimeException failure, int nextAttempt, long delayNanos) {
    }

    /** A mass request (sendall, send, preview) got its permit from the 60-a-minute limiter after waiting this long. */
    default void rateLimitWait(Endpoint endpoint, long waitedNanos) {
    }

    /** An access token was fetched from the platform (not read from the store). */
    default void tokenFetched(String appId, long durationNanos) {
    }

    /** Fetching an access token failed; the call that needed it fails too. */
    default void tokenFetchFailed(String appId, RuntimeException failure, long durationNanos) {
    }

    /** An identical pure read was in flight: this caller shared its answer instead of sending a request of its own. */
    default void sharedRead(Endpoint endpoint) {
    }

    /** A callback request passed every check: a push ({@code event} present) or the URL handshake (empty). */
    default void callbackAccepted(Optional<CallbackEvent> event) {
    }

    /** A callback request was refused (answered 4xx) for {@code reason}. */
    default void callbackRefused(CallbackException.Reason reason) {
    }

    /**
     * {@code listener} made safe to call from the middle of a call: what it throws is logged once and swallowed.
     * {@link #NONE} stays itself, so the default costs nothing.
     */
    static EventListener guarded(EventListener listener) {
        Objects.requireNonNull(listener, "eventListener");
        return listener == NONE || listener instanceof GuardedListeners ? listener : new GuardedListeners(List.of(listener));
    }

    /**
     * One listener that tells each of {@code listeners} in this order, each guarded as {@link #guarded} does, so
     * that one that throws does not keep the others from hearing (e.g. meters and a tracer). {@link #NONE}s are
     * dropped and nested composites flattened; with none left it is {@link #NONE}.
     */
    static EventListener composite(EventListener... listeners) {
        List<EventListener> all = new ArrayList<>();
        for (EventListener listener : listeners) {
            Objects.requireNonNull(listener, "eventListener");
            if (listener instanceof GuardedListeners guarded) {
                all.addAll(guarded.listeners());
            } else if (listener != NONE) {
                all.add(listener);
            }
        }
        return all.isEmpty() ? NONE : new GuardedListeners(all);
    }
}
