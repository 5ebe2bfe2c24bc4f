package io.wxmass.sandbox.push;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.delivery.CallbackTarget;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.faults.FaultAction;
import io.wxmass.sandbox.faults.FaultPlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/**
 * Posts MASSSENDJOBFINISH and PUBLISHJOBFINISH to an account's callback URL as the platform does
 * (docs/platform.md §4.4, D15): one push, up to 3 attempts in total, each given 5 s; a 2xx answer ends it.
 * Every attempt is logged with the reply it got. The fault plan may drop a push or hold it back first.
 */
public final class PushService implements AutoCloseable {
    public static final int MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** Replies kept in the log are cut here: the log is for people, not for storing receivers' pages. */
    private static final int MAX_REPLY_CHARS = 2_000;

    private final SandboxClock clock;
    private final HttpClient http;
    private final FaultPlan faults;
    private final Duration timeout;
    private final Map<String, Queue<PushAttempt>> attempts = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    public PushService(SandboxClock clock, HttpClient http, FaultPlan faults) {
        this(clock, http, faults, DEFAULT_TIMEOUT);
    }

    /** @param timeout how long each attempt waits for the receiver (the platform: 5 s) */
    public PushService(SandboxClock clock, HttpClient http, FaultPlan faults, Duration timeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = Objects.requireNonNull(http, "http");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Pushes the finished {@code job} to its callback target, as {@code fromUserName} (an openid of the
     * account). Completes when the push was accepted, dropped, or ran out of attempts; never exceptionally.
     */
    public CompletableFuture<Void> push(MassJob job, String fromUserName) {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(fromUserName, "fromUserName");
        CallbackTarget target = job.callback();
        return push(job.appId(), job.msgId(), target,
                createTime -> JobFinishEvent.of(job, target.originalId(), fromUserName, createTime));
    }

    /**
     * Pushes the event {@code event} makes for a CreateTime to {@code target}, logged under {@code appId}
     * and {@code id} (a msg_id or a publish_id). Completes when the push was accepted, dropped, or ran out
     * of attempts; never exceptionally.
     */
    public CompletableFuture<Void> push(String appId, long id, CallbackTarget target, LongFunction<PushEvent> event) {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(event, "event");
        if (closed || target == null || !target.enabled()) {
            return CompletableFuture.completedFuture(null);
        }
        FaultAction fault = faults.decideCallback();
        if (fault instanceof FaultAction.Drop) {
            record(appId, new PushAttempt(id, 0, clock.instant(), target.url(), -1, "", PushAttempt.DROPPED));
            return CompletableFuture.completedFuture(null);
        }
        inFlight.incrementAndGet();
        CompletableFuture<Void> start = fault instanceof FaultAction.Delay delay
                ? CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(
                        delay.duration().toNanos(), TimeUnit.NANOSECONDS))
                : CompletableFuture.completedFuture(null);
        return start.thenCompose(ignored -> {
            // CreateTime is fixed for the push (receivers dedupe on FromUserName + CreateTime); each
            // attempt is a new request with its own timestamp, nonce and signatures, so replay guards pass it.
            PushEvent made = event.apply(clock.instant().getEpochSecond());
            return attempt(appId, id, target, made, 1);
        }).whenComplete((ok, error) -> inFlight.decrementAndGet());
    }

    /** Every attempt for {@code appId}'s pushes, oldest first. */
    public List<PushAttempt> attempts(String appId) {
        Queue<PushAttempt> log = attempts.get(Objects.requireNonNull(appId, "appId"));
        return log == null ? List.of() : List.copyOf(new ArrayList<>(log));
    }

    /** Pushes started and not yet settled. */
    public int inFlight() {
        return inFlight.get();
    }

    private CompletableFuture<Void> attempt(String appId, long id, CallbackTarget target, PushEvent event, int n) {
        HttpRequest request;
        SealedPush sealed;
        try {
            sealed = SealedPush.seal(event, target, Long.toString(clock.instant().getEpochSecond()),
                    nonce());
            request = HttpRequest.newBuilder(URI.create(sealed.uri()))
                    .timeout(timeout)
                    .header("Content-Type", "text/xml; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(sealed.body(), StandardCharsets.UTF_8))
                    .build();
        } catch (RuntimeException e) {
            // A bad key or URL in the account config must show in the log, not break the delivery thread.
            record(appId, new PushAttempt(id, n, clock.instant(), target.url(), -1, "",
                    PushAttempt.FAILED + ": cannot build the request (" + e.getClass().getSimpleName() + ")"));
            return CompletableFuture.completedFuture(null);
        }
        SealedPush posted = sealed;
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, error) -> {
                    PushAttempt logged = toAttempt(id, n, target.url(), response, error, posted, event.xml());
                    record(appId, logged);
                    return logged.accepted() || n >= MAX_ATTEMPTS || closed;
                })
                .thenCompose(done -> done
                        ? CompletableFuture.<Void>completedFuture(null)
                        : attempt(appId, id, target, event, n + 1));
    }

    private PushAttempt toAttempt(long msgId, int n, String url, HttpResponse<String> response, Throwable error,
                                  SealedPush sealed, String plainXml) {
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            String outcome = cause instanceof HttpTimeoutException
                    ? PushAttempt.TIMEOUT
                    : PushAttempt.FAILED + ": " + cause.getClass().getSimpleName();
            return new PushAttempt(msgId, n, clock.instant(), url, -1, "", outcome, sealed.body(), plainXml);
        }
        String body = response.body() == null ? "" : response.body();
        if (body.length() > MAX_REPLY_CHARS) {
            body = body.substring(0, MAX_REPLY_CHARS);
        }
        int status = response.statusCode();
        String outcome = status / 100 == 2 ? PushAttempt.ACCEPTED : PushAttempt.REJECTED + ": http " + status;
        return new PushAttempt(msgId, n, clock.instant(), url, status, body, outcome, sealed.body(), plainXml);
    }

    private void record(String appId, PushAttempt attempt) {
        attempts.computeIfAbsent(appId, a -> new ConcurrentLinkedQueue<>()).add(attempt);
    }

    private static String nonce() {
        return Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 10_000_000_000L));
    }

    /** Stops starting pushes and retries; attempts already on the wire finish on the client's threads. */
    @Override
    public void close() {
        closed = true;
    }

    @Override
    public String toString() {
        return "PushService[timeout=" + timeout + ", inFlight=" + inFlight() + "]";
    }
}
