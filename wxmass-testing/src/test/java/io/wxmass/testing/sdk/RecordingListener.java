package io.wxmass.testing.sdk;

import io.wxmass.core.callback.CallbackException;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.event.EventListener;
import io.wxmass.core.http.Endpoint;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Writes down every event as one line ("callEnd /cgi-bin/message/mass/sendall retries=0"), and its duration. */
final class RecordingListener implements EventListener {
    /** One event: what it says, and the duration or wait it carries (-1 when none). */
    record Seen(String line, long nanos) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    List<String> lines() {
        return seen.stream().map(Seen::line).toList();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    void clear() {
        seen.clear();
    }

    private void add(String line, long nanos) {
        seen.add(new Seen(line, nanos));
    }

    private static String failure(RuntimeException e) {
        return e instanceof WeChatApiException api ? "errcode=" + api.errcode() : e.getClass().getSimpleName();
    }

    @Override
    public void callStart(Endpoint endpoint) {
        add("callStart " + endpoint.path(), -1);
    }

    @Override
    public void callEnd(Endpoint endpoint, long durationNanos, int retries) {
        add("callEnd " + endpoint.path() + " retries=" + retries, durationNanos);
    }

    @Override
    public void callFailed(Endpoint endpoint, RuntimeException failure, long durationNanos, int retries) {
        add("callFailed " + endpoint.path() + " " + failure(failure) + " retries=" + retries, durationNanos);
    }

    @Override
    public void retryScheduled(Endpoint endpoint, RuntimeException failure, int nextAttempt, long delayNanos) {
        add("retryScheduled " + endpoint.path() + " " + failure(failure) + " attempt=" + nextAttempt, delayNanos);
    }

    @Override
    public void rateLimitWait(Endpoint endpoint, long waitedNanos) {
        add("rateLimitWait " + endpoint.path(), waitedNanos);
    }

    @Override
    public void tokenFetched(String appId, long durationNanos) {
        add("tokenFetched " + appId, durationNanos);
    }

    @Override
    public void tokenFetchFailed(String appId, RuntimeException failure, long durationNanos) {
        add("tokenFetchFailed " + appId + " " + failure(failure), durationNanos);
    }

    @Override
    public void sharedRead(Endpoint endpoint) {
        add("sharedRead " + endpoint.path(), -1);
    }

    @Override
    public void callbackAccepted(Optional<CallbackEvent> event) {
        add("callbackAccepted " + event.map(e -> e.getClass().getSimpleName()).orElse("handshake"), -1);
    }

    @Override
    public void callbackRefused(CallbackException.Reason reason) {
        add("callbackRefused " + reason, -1);
    }
}
