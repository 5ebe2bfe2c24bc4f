package io.wxmass.campaign.quota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The platform's quota periods: the day starts 00:00 Asia/Shanghai (docs/platform.md D20, an assumption the
 * platform does not state; quota/get is the truth where it answers), the month is the calendar month there.
 */
public final class QuotaCalendar {
    public static final ZoneId PLATFORM_ZONE = ZoneId.of("Asia/Shanghai");

    private QuotaCalendar() {
    }

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, PLATFORM_ZONE);
    }

    public static YearMonth month(Instant at) {
        return YearMonth.from(day(at));
    }

    /** The first instant of the platform day after the one {@code at} is in. */
    public static Instant nextDay(Instant at) {
        return day(at).plusDays(1).atStartOfDay(PLATFORM_ZONE).toInstant();
    }

    /** The first instant of the platform day {@code days} days after the one {@code at} is in. */
    public static Instant dayStart(Instant at, int days) {
        return day(at).plusDays(days).atStartOfDay(PLATFORM_ZONE).toInstant();
    }

    /** The first instant of the next calendar month in the platform's zone. */
    public static Instant nextMonth(Instant at) {
        return month(at).plusMonths(1).atDay(1).atStartOfDay(PLATFORM_ZONE).toInstant();
    }
}
