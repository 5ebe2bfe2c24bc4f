package io.wxmass.sandbox.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox clock every rule reads: a base clock plus an offset moved by the admin API.
 * Tests start from {@link #fixed(Instant)} so that only {@link #advance(Duration)} moves time.
 */
public final class SandboxClock extends Clock {
    /** Day boundaries (daily quotas) follow the platform's home zone. */
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");
    /** How far the clock may be moved in all: a century, well inside what an offset in nanoseconds can hold. */
    public static final Duration MAX_OFFSET = Duration.ofDays(36_500);

    private final Clock base;
    private final AtomicLong offsetNanos;
    private final ZoneId zone;

    private SandboxClock(Clock base, AtomicLong offsetNanos, ZoneId zone) {
        this.base = base;
        this.offsetNanos = offsetNanos;
        this.zone = zone;
    }

    /** Real time, offset 0. */
    public static SandboxClock system() {
        return new SandboxClock(Clock.systemUTC(), new AtomicLong(), PLATFORM_ZONE);
    }

    /** Time that stands still at {@code start} until {@link #advance(Duration)} moves it. */
    public static SandboxClock fixed(Instant start) {
        Objects.requireNonNull(start, "start");
        return new SandboxClock(Clock.fixed(start, ZoneOffset.UTC), new AtomicLong(), PLATFORM_ZONE);
    }

    /** Moves the clock forward; never backwards, because rules assume time only grows. */
    public void advance(Duration d) {
        Objects.requireNonNull(d, "d");
        if (d.isNegative()) {
            throw new IllegalArgumentException("d: the sandbox clock only moves forward");
        }
        if (d.compareTo(MAX_OFFSET) > 0) {
            throw beyondMax();
        }
        long nanos = d.toNanos();
        offsetNanos.getAndUpdate(now -> {
            if (nanos > MAX_OFFSET.toNanos() - now) {
                throw beyondMax();
            }
            return now + nanos;
        });
    }

    private static IllegalArgumentException beyondMax() {
        return new IllegalArgumentException("seconds: the sandbox clock moves at most " + MAX_OFFSET.toDays() + " days in all");
    }

    /** How far the clock has been moved from its base. */
    public Duration offset() {
        return Duration.ofNanos(offsetNanos.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plusNanos(offsetNanos.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone sharing the same offset (moving one moves both). */
    @Override
    public SandboxClock withZone(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new SandboxClock(base, offsetNanos, zone);
    }

    @Override
    public String toString() {
        return "SandboxClock[" + instant() + ", offset=" + offset() + "]";
    }
}
