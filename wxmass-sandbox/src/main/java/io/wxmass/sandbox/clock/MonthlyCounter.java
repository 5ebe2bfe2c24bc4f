package io.wxmass.sandbox.clock;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Counts events per key and per calendar month of the clock's zone (clear_quota's 10 a month). */
public final class MonthlyCounter {
    private final Clock clock;
    private final Map<String, Month> months = new ConcurrentHashMap<>();

    private record Month(YearMonth month, int count) {
    }

    public MonthlyCounter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Counts one event for {@code key} unless this month's count already reached {@code limit}; true if counted. */
    public boolean tryAcquire(String key, int limit) {
        YearMonth now = YearMonth.now(clock);
        boolean[] counted = {false};
        months.compute(key, (k, m) -> {
            int n = m == null || !m.month().equals(now) ? 0 : m.count();
            if (n >= limit) {
                return m;
            }
            counted[0] = true;
            return new Month(now, n + 1);
        });
        return counted[0];
    }
}
