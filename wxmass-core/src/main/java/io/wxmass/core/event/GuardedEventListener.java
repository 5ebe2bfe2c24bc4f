package io.wxmass.core.event;

import io.wxmass.core.callback.CallbackException;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.http.Endpoint;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls a user's listener and swallows what it throws: metrics must never fail a send, or turn a sent message into a
 * reported failure that a caller would then retry. The first exception is logged at WARN with its stack, later ones at
 * DEBUG, so a broken listener is visible without flooding the log on every call.
 */
final class GuardedEventListener implements EventListener {
    private static final Logger log = LoggerFactory.getLogger(GuardedEventListener.class);

    private final EventListener delegate;
    private final AtomicBoolean warned = new AtomicBoolean();

    GuardedEventListener(EventListener delegate) {
        this.delegate = delegate;
    }

    private void failed(String event, RuntimeException e) {
        if (warned.compareAndSet(false, true)) {
            log.warn("event listener {} threw on {}; ignored (logged once, then at DEBUG)", delegate, event, e);
        } else {
            log.debug("event listener {} threw on {}; ignored", delegate, event, e);
        }
    }

    @Override
    public void callStart(Endpoint endpoint) {
        try {
            delegate.callStart(endpoint);
        } catch (RuntimeException e) {
            failed("callStart", e);
        }
    }

    @Override
    public void callEnd(Endpoint endpoint, long durationNanos, int retries) {
        try {
            delegate.callEnd(endpoint, durationNanos, retries);
        } catch (RuntimeException e) {
            failed("callEnd", e);
        }
    }

    @Override
    public void callFailed(Endpoint endpoint, RuntimeException failure, long durationNanos, int retries) {
        try {
            delegate.callFailed(endpoint, failure, durationNanos, retries);
        } catch (RuntimeException e) {
            failed("callFailed", e);
        }
    }

    @Override
    public void retryScheduled(Endpoint endpoint, RuntimeException failure, int nextAttempt, long delayNanos) {
        try {
            delegate.retryScheduled(endpoint, failure, nextAttempt, delayNanos);
        } catch (RuntimeException e) {
            failed("retryScheduled", e);
        }
    }

    @Override
    public void rateLimitWait(Endpoint endpoint, long waitedNanos) {
        try {
            delegate.rateLimitWait(endpoint, waitedNanos);
        } catch (RuntimeException e) {
            failed("rateLimitWait", e);
        }
    }

    @Override
    public void tokenFetched(String appId, long durationNanos) {
        try {
            delegate.tokenFetched(appId, durationNanos);
        } catch (RuntimeException e) {
            failed("tokenFetched", e);
        }
    }

    @Override
    public void tokenFetchFailed(String appId, RuntimeException failure, long durationNanos) {
        try {
            delegate.tokenFetchFailed(appId, failure, durationNanos);
        } catch (RuntimeException e) {
            failed("tokenFetchFailed", e);
        }
    }

    @Override
    public void sharedRead(Endpoint endpoint) {
        try {
            delegate.sharedRead(endpoint);
        } catch (RuntimeException e) {
            failed("sharedRead", e);
        }
    }

    @Override
    public void callbackAccepted(Optional<CallbackEvent> event) {
        try {
            delegate.callbackAccepted(event);
        } catch (RuntimeException e) {
            failed("callbackAccepted", e);
        }
    }

    @Override
    public void callbackRefused(CallbackException.Reason reason) {
        try {
            delegate.callbackRefused(reason);
        } catch (RuntimeException e) {
            failed("callbackRefused", e);
        }
    }

    @Override
    public String toString() {
        return "Guarded[" + delegate + "]";
    }
}
