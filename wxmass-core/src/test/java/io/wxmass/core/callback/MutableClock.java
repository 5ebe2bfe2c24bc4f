package io.wxmass.core.callback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move by hand, so time-dependent rules are checked deterministically. */
final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(long epochSecond) {
        this.now = Instant.ofEpochSecond(epochSecond);
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
