package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.clock.DailyCounter;
import io.wxmass.sandbox.platform.PlatformError;

import java.time.Clock;

/**
 * A per-account daily call quota, answered 45009 {@code reach max api daily quota limit} when spent: the
 * 100 sendall + send calls of decision 6 and the 100 previews by towxname of spec 1.7. Each call that reaches
 * the rule counts, as API quotas do.
 */
public final class DailyLimit {
    private final DailyCounter counter;
    private final int limit;

    public DailyLimit(Clock clock, int limit) {
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

    public int limit() {
        return limit;
    }

    /** clear_quota: today's calls are forgotten. */
    public void reset(String appId) {
        counter.reset(appId);
    }
}
