package io.wxmass.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.wxmass.core.callback.CallbackException;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.error.ErrorKind;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.event.EventListener;
import io.wxmass.core.http.Endpoint;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Core's {@link EventListener} as Micrometer meters. Names and tags are listed in {@link WxMassMeters}; every meter also
 * carries the common tags given at creation (e.g. {@code account}).
 *
 * <pre>{@code
 * WxMassConfig.builder()...eventListener(MicrometerEventListener.create(registry, Tags.of("account", "main")))
 * }</pre>
 *
 * <p>The meters of the common case (a call answered errcode 0, a permit, a shared read) are looked up once per
 * endpoint and kept, so a call costs a map read and a timer record, not a registry lookup.
 */
public final class MicrometerEventListener implements EventListener {
    private final MeterRegistry registry;
    private final Tags common;
    private final ConcurrentMap<Endpoint, Timer> okCalls = new ConcurrentHashMap<>();
    private final ConcurrentMap<Endpoint, Timer> rateWaits = new ConcurrentHashMap<>();
    private final ConcurrentMap<Endpoint, Counter> sharedReads = new ConcurrentHashMap<>();
    private final ConcurrentMap<Endpoint, Counter> retries = new ConcurrentHashMap<>();

    private MicrometerEventListener(MeterRegistry registry, Tags common) {
        this.registry = registry;
        this.common = common;
    }

    public static MicrometerEventListener create(MeterRegistry registry) {
        return create(registry, Tags.empty());
    }

    /** @param common tags every meter carries, e.g. {@code account=main} when one registry serves several accounts */
    public static MicrometerEventListener create(MeterRegistry registry, Iterable<Tag> common) {
        return new MicrometerEventListener(Objects.requireNonNull(registry, "registry"), Tags.of(common));
    }

    @Override
    public void callEnd(Endpoint endpoint, long durationNanos, int retries) {
        okCalls.computeIfAbsent(endpoint, e -> callTimer(e, WxMassMeters.OUTCOME_OK, "0"))
                .record(durationNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void callFailed(Endpoint endpoint, RuntimeException failure, long durationNanos, int retries) {
        String errcode = failure instanceof WeChatApiException api ? Integer.toString(api.errcode()) : WxMassMeters.NONE;
        callTimer(endpoint, ErrorKind.of(failure).label(), errcode).record(durationNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void retryScheduled(Endpoint endpoint, RuntimeException failure, int nextAttempt, long delayNanos) {
        retries.computeIfAbsent(endpoint, e -> Counter.builder(WxMassMeters.API_RETRIES)
                .description("Re-attempts the retry policy scheduled").tags(common).tag("endpoint", e.path())
                .register(registry)).increment();
    }

    @Override
    public void rateLimitWait(Endpoint endpoint, long waitedNanos) {
        rateWaits.computeIfAbsent(endpoint, e -> Timer.builder(WxMassMeters.RATE_WAIT)
                        .description("Time a mass request waited for the 60-a-minute limiter").tags(common)
                        .tag("endpoint", e.path()).register(registry))
                .record(waitedNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void tokenFetched(String appId, long durationNanos) {
        tokenFetches(WxMassMeters.OUTCOME_OK).increment();
    }

    @Override
    public void tokenFetchFailed(String appId, RuntimeException failure, long durationNanos) {
        tokenFetches(ErrorKind.of(failure).label()).increment();
    }

    @Override
    public void sharedRead(Endpoint endpoint) {
        sharedReads.computeIfAbsent(endpoint, e -> Counter.builder(WxMassMeters.SHARED_READS)
                .description("Reads answered by an identical request already in flight (no request of their own)")
                .tags(common).tag("endpoint", e.path()).register(registry)).increment();
    }

    @Override
    public void callbackAccepted(Optional<CallbackEvent> event) {
        callbackEvents(event.map(WxMassMeters::eventType).orElse(WxMassMeters.TYPE_HANDSHAKE),
                WxMassMeters.RESULT_ACCEPTED, WxMassMeters.NONE).increment();
    }

    @Override
    public void callbackRefused(CallbackException.Reason reason) {
        callbackEvents(WxMassMeters.TYPE_UNKNOWN, WxMassMeters.RESULT_REFUSED, reason.name().toLowerCase(Locale.ROOT))
                .increment();
    }

    private Timer callTimer(Endpoint endpoint, String outcome, String errcode) {
        return Timer.builder(WxMassMeters.API_CALLS)
                .description("Requests to the platform, from the first attempt to the final answer, retries included")
                .tags(common).tag("endpoint", endpoint.path()).tag("outcome", outcome).tag("errcode", errcode)
                .register(registry);
    }

    private Counter tokenFetches(String outcome) {
        return Counter.builder(WxMassMeters.TOKEN_FETCHES).description("Access tokens fetched from the platform")
                .tags(common).tag("outcome", outcome).register(registry);
    }

    private Counter callbackEvents(String type, String result, String reason) {
        return Counter.builder(WxMassMeters.CALLBACK_EVENTS).description("Callback requests accepted or refused")
                .tags(common).tag("type", type).tag("result", result).tag("reason", reason).register(registry);
    }

    @Override
    public String toString() {
        return "MicrometerEventListener[" + registry.getClass().getSimpleName() + ", " + common + "]";
    }
}
