package io.wxmass.core.testing;

import io.wxmass.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that only moves when told, and a {@link Sleeper} whose sleep moves it: code under test
 * that "waits" a minute finishes at once, with the clock a minute later. Sleeps are recorded.
 */
public final class ManualClock extends Clock implements Sleeper {
    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps = new ArrayList<>();

    public ManualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /** A clock at 2024-04-01T00:00:00Z, a fixed arbitrary start. */
    public static ManualClock start() {
        return new ManualClock(Instant.parse("2024-04-01T00:00:00Z"));
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public void sleep(Duration duration) {
        synchronized (sleeps) {
            sleeps.add(duration);
        }
        if (!duration.isNegative()) {
            advance(duration);
        }
    }

    /** Every duration passed to {@link #sleep(Duration)}, in order. */
    public List<Duration> sleeps() {
        synchronized (sleeps) {
            return List.copyOf(sleeps);
        }
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("ManualClock is always UTC");
    }
}
