package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.clock.DailyCounter;
import io.wxmass.sandbox.platform.PlatformError;

import java.time.Clock;

/** Spec 1.7: previews addressed by WeChat ID (towxname) are limited per day (100); past it 45009. */
public final class PreviewWxNameLimit {
    private final DailyCounter counter;
    private final int limit;

    public PreviewWxNameLimit(Clock clock, int limit) {
        this.counter = new DailyCounter(clock);
        this.limit = limit;
    }

    public void acquire(String appId) {
        if (!counter.tryAcquire(appId, limit)) {
            throw PlatformError.withText(45009, "reach max api daily quota limit");
        }
    }
}
