package io.wxmass.core.event;

import io.wxmass.core.callback.CallbackException;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.http.Endpoint;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells each of a user's listeners in turn and swallows what one throws: metrics must never fail a send, or turn a
 * sent message into a reported failure that a caller would then retry, and one broken listener must not keep the
 * others from hearing. Each listener's first exception is logged at WARN with its stack, later ones at DEBUG, so a
 * broken listener is visible without flooding the log on every call.
 */
final class GuardedListeners implements EventListener {
    private static final Logger log = LoggerFactory.getLogger(GuardedListeners.class);

    private final EventListener[] listeners;
    private final AtomicBoolean[] warned;

    GuardedListeners(List<EventListener> listeners) {
        this.listeners = listeners.toArray(EventListener[]::new);
        this.warned = new AtomicBoolean[this.listeners.length];
        Arrays.setAll(warned, i -> new AtomicBoolean());
    }

    /** The listeners this one tells, in order (so that composing two composites stays flat). */
    List<EventListener> listeners() {
        return List.of(listeners);
    }

    private void each(String event, Consumer<EventListener> call) {
        for (int i = 0; i < listeners.length; i++) {
            try {
                call.accept(listeners[i]);
            } catch (RuntimeException e) {
                if (warned[i].compareAndSet(false, true)) {
                    log.warn("event listener {} threw on {}; ignored (logged once, then at DEBUG)", listeners[i], event, e);
                } else {
                    log.debug("event listener {} threw on {}; ignored", listeners[i], event, e);
                }
            }
        }
    }

    @Override
    public void callStart(Endpoint endpoint) {
        each("callStart", l -> l.callStart(endpoint));
    }

    @Override
    public void callEnd(Endpoint endpoint, long durationNanos, int retries) {
        each("callEnd", l -> l.callEnd(endpoint, durationNanos, retries));
    }

    @Override
    public void callFailed(Endpoint endpoint, RuntimeException failure, long durationNanos, int retries) {
        each("callFailed", l -> l.callFailed(endpoint, failure, durationNanos, retries));
    }

    @Override
    public void retryScheduled(Endpoint endpoint, RuntimeException failure, int nextAttempt, long delayNanos) {
        each("retryScheduled", l -> l.retryScheduled(endpoint, failure, nextAttempt, delayNanos));
    }

    @Override
    public void rateLimitWait(Endpoint endpoint, long waitedNanos) {
        each("rateLimitWait", l -> l.rateLimitWait(endpoint, waitedNanos));
    }

    @Override
    public void tokenFetched(String appId, long durationNanos) {
        each("tokenFetched", l -> l.tokenFetched(appId, durationNanos));
    }

    @Override
    public void tokenFetchFailed(String appId, RuntimeException failure, long durationNanos) {
        each("tokenFetchFailed", l -> l.tokenFetchFailed(appId, failure, durationNanos));
    }

    @Override
    public void sharedRead(Endpoint endpoint) {
        each("sharedRead", l -> l.sharedRead(endpoint));
    }

    @Override
    public void callbackAccepted(Optional<CallbackEvent> event) {
        each("callbackAccepted", l -> l.callbackAccepted(event));
    }

    @Override
    public void callbackRefused(CallbackException.Reason reason) {
        each("callbackRefused", l -> l.callbackRefused(reason));
    }

    @Override
    public String toString() {
        return "Guarded" + Arrays.toString(listeners);
    }
}
