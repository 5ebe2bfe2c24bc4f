package io.wxmass.campaign.quota;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a campaign's pending batches can go out under the day's sendall+send quota: so many today (what is
 * left), then the daily limit each platform day after, assuming nothing else spends the account's quota.
 *
 * @param pending     batches still to send (one sendall or send each)
 * @param remainToday calls left today
 * @param dailyLimit  calls a day
 * @param days        batches per platform day, from today, only days that send something
 * @param eta         when the last batch can go: now if it fits today, else the start of its day
 */
public record QuotaSchedule(int pending, long remainToday, long dailyLimit, List<Day> days, Instant eta) {
    public QuotaSchedule {
        days = List.copyOf(days);
        Objects.requireNonNull(eta, "eta");
    }

    /** One platform day of the schedule. */
    public record Day(LocalDate date, int batches) {
    }

    /** How many platform days the pending batches need, today included (0 when nothing is pending). */
    public int daysNeeded() {
        return days.size();
    }

    public static QuotaSchedule of(int pending, long remainToday, long dailyLimit, Instant now) {
        if (dailyLimit < 1) {
            throw new IllegalArgumentException("dailyLimit must be at least 1, was " + dailyLimit);
        }
        List<Day> days = new ArrayList<>();
        int left = pending;
        Instant eta = now;
        int today = (int) Math.min(left, Math.max(0, remainToday));
        if (today > 0) {
            days.add(new Day(QuotaCalendar.day(now), today));
            left -= today;
        }
        for (int offset = 1; left > 0; offset++) {
            int batches = (int) Math.min(left, dailyLimit);
            Instant start = QuotaCalendar.dayStart(now, offset);
            days.add(new Day(QuotaCalendar.day(start), batches));
            left -= batches;
            eta = start;
        }
        return new QuotaSchedule(pending, remainToday, dailyLimit, days, eta);
    }
}
