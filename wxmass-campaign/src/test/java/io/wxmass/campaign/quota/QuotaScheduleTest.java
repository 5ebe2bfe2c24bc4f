package io.wxmass.campaign.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuotaScheduleTest {
    /** 10:00 in Beijing on 2026-03-02. */
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static Instant startOf(String day) {
        return LocalDate.parse(day).atStartOfDay(QuotaCalendar.PLATFORM_ZONE).toInstant();
    }

    @Test
    void of_whatFitsToday_isDueNow() {
        QuotaSchedule s = QuotaSchedule.of(3, 5, 100, NOW);

        assertThat(s.days()).containsExactly(new QuotaSchedule.Day(LocalDate.parse("2026-03-02"), 3));
        assertThat(s.eta()).isEqualTo(NOW);
    }

    @Test
    void of_nothingLeftToday_startsTomorrowAtMidnightInBeijing() {
        QuotaSchedule s = QuotaSchedule.of(7, 0, 3, NOW);

        assertThat(s.days()).extracting(QuotaSchedule.Day::date).containsExactly(LocalDate.parse("2026-03-03"),
                LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-05"));
        assertThat(s.days()).extracting(QuotaSchedule.Day::batches).containsExactly(3, 3, 1);
        assertThat(s.eta()).isEqualTo(startOf("2026-03-05"));
    }

    @Test
    void of_aTenMillionListAt100ADay_takesTenDays() {
        QuotaSchedule s = QuotaSchedule.of(1000, 100, 100, NOW);

        assertThat(s.daysNeeded()).isEqualTo(10);
        assertThat(s.eta()).isEqualTo(startOf("2026-03-11"));
    }

    @Test
    void of_nothingPending_needsNoDay() {
        assertThat(QuotaSchedule.of(0, 10, 100, NOW).daysNeeded()).isZero();
    }

    @Test
    void of_aDailyLimitBelowOne_isRefused() {
        assertThatThrownBy(() -> QuotaSchedule.of(1, 0, 0, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dailyLimit");
    }

    @Test
    void calendar_theDayTurnsAt16UtcWhichIsMidnightInBeijing() {
        assertThat(QuotaCalendar.day(Instant.parse("2026-03-02T15:59:59Z"))).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(QuotaCalendar.day(Instant.parse("2026-03-02T16:00:00Z"))).isEqualTo(LocalDate.parse("2026-03-03"));
        assertThat(QuotaCalendar.nextMonth(Instant.parse("2026-03-31T16:30:00Z"))).isEqualTo(startOf("2026-05-01"));
    }
}
