package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.platform.PlatformError;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Spec 2.4 / docs/platform.md D1: a clientmsgid (or, without one, the digest of audience and content) seen in an
 * accepted send of the past 24 hours is refused: 45066 within 60 s of that send, else 45065 carrying the
 * existing {@code msg_id}. A clientmsgid longer than the limit is 45067.
 */
public final class ClientMsgIdDedupe {
    public static final Duration MEMORY = Duration.ofHours(24);
    public static final Duration RETRY_TOO_FAST = Duration.ofSeconds(60);

    private record Sent(long msgId, Instant at) {
    }

    private final Clock clock;
    private final int maxBytes;
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();

    public ClientMsgIdDedupe(Clock clock, int maxBytes) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxBytes = maxBytes;
    }

    /** 45067 when the clientmsgid is over the byte limit. */
    public void checkLength(String clientMsgId) {
        if (clientMsgId != null && clientMsgId.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw PlatformError.of(45067, "clientmsgid size out of limit");
        }
    }

    /**
     * Refuses a repeat of {@code key} for {@code appId}.
     *
     * @param key the clientmsgid, or {@link ContentDigest} when the request had none
     */
    public void check(String appId, String key) {
        Instant now = clock.instant();
        Sent previous = sent.get(appId + '\n' + key);
        if (previous == null || !now.isBefore(previous.at().plus(MEMORY))) {
            return;
        }
        if (now.isBefore(previous.at().plus(RETRY_TOO_FAST))) {
            throw PlatformError.of(45066, "same clientmsgid retry too fast");
        }
        throw PlatformError.of(45065, "clientmsgid exist").with("msg_id", previous.msgId());
    }

    /** Remembers an accepted send for 24 hours. */
    public void record(String appId, String key, long msgId) {
        Instant now = clock.instant();
        if (sent.size() > 100_000) {
            sent.values().removeIf(s -> !now.isBefore(s.at().plus(MEMORY)));
        }
        sent.put(appId + '\n' + key, new Sent(msgId, now));
    }
}
