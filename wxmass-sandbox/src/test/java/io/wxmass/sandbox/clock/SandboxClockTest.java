package io.wxmass.sandbox.clock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxClockTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void fixed_standsStillUntilAdvanced() {
        SandboxClock clock = SandboxClock.fixed(T0);
        assertThat(clock.instant()).isEqualTo(T0);
        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(300));
        assertThat(clock.offset()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void advance_backwards_isRefused() {
        assertThatThrownBy(() -> SandboxClock.fixed(T0).advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("forward");
    }

    @Test
    void withZone_sharesTheOffset() {
        SandboxClock clock = SandboxClock.fixed(T0);
        SandboxClock utc = clock.withZone(ZoneOffset.UTC);
        clock.advance(Duration.ofHours(1));
        assertThat(utc.instant()).isEqualTo(T0.plusSeconds(3600));
        assertThat(clock.getZone()).isEqualTo(SandboxClock.PLATFORM_ZONE);
    }

    @Test
    void system_followsRealTimePlusOffset() {
        SandboxClock clock = SandboxClock.system();
        clock.advance(Duration.ofDays(2));
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(1)));
    }
}
