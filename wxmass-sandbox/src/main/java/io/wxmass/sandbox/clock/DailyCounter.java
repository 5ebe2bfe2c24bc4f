package io.wxmass.sandbox.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** Counts events per key and per calendar day of the clock's zone (the platform's daily quotas). */
public final class DailyCounter {
    private final Clock clock;
    private final Map<String, Day> days = new ConcurrentHashMap<>();

    private record Day(LocalDate date, int count) {
    }

    public DailyCounter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Counts one event for {@code key} unless today's count already reached {@code limit}; true if counted. */
    public boolean tryAcquire(String key, int limit) {
        LocalDate today = LocalDate.now(clock);
        boolean[] counted = {false};
        days.compute(key, (k, d) -> {
            int n = d == null || !d.date().equals(today) ? 0 : d.count();
            if (n >= limit) {
                return d;
            }
            counted[0] = true;
            return new Day(today, n + 1);
        });
        return counted[0];
    }

    /** Forgets today's count for {@code key} (clear_quota). */
    public void reset(String key) {
        days.remove(key);
    }

    /** Today's count for {@code key}. */
    public int today(String key) {
        Day d = days.get(key);
        return d == null || !d.date().equals(LocalDate.now(clock)) ? 0 : d.count();
    }
}
