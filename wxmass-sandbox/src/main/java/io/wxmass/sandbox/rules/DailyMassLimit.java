package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.clock.DailyCounter;
import io.wxmass.sandbox.platform.PlatformError;

import java.time.Clock;

/**
 * Decision 6: sendall + send calls per account per day (100 by default); past it 45009
 * {@code reach max api daily quota limit}. Each call that reaches this rule counts, as API quotas do.
 */
public final class DailyMassLimit {
    private final DailyCounter counter;
    private final int limit;

    public DailyMassLimit(Clock clock, int limit) {
        this.counter = new DailyCounter(clock);
        this.limit = limit;
    }

    public void acquire(String appId) {
        if (!counter.tryAcquire(appId, limit)) {
            throw PlatformError.withText(45009, "reach max api daily quota limit");
        }
    }

    public int usedToday(String appId) {
        return counter.today(appId);
    }
}
