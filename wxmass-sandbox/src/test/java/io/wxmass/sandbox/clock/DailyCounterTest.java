package io.wxmass.sandbox.clock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DailyCounterTest {
    @Test
    void tryAcquire_stopsAtTheLimitAndStartsAgainAtBeijingMidnight() {
        // 23:59 in Beijing (UTC+8)
        SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-11T15:59:00Z"));
        DailyCounter counter = new DailyCounter(clock);
        assertThat(counter.tryAcquire("a", 2)).isTrue();
        assertThat(counter.tryAcquire("a", 2)).isTrue();
        assertThat(counter.tryAcquire("a", 2)).isFalse();
        assertThat(counter.tryAcquire("b", 2)).isTrue();
        assertThat(counter.today("a")).isEqualTo(2);
        clock.advance(Duration.ofMinutes(1));
        assertThat(counter.today("a")).isZero();
        assertThat(counter.tryAcquire("a", 2)).isTrue();
    }
}
