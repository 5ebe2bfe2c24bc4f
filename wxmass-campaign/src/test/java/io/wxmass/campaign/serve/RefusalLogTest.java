package io.wxmass.campaign.serve;

import ch.qos.logback.classic.Level;
import io.wxmass.campaign.testing.CapturedLogs;
import io.wxmass.sandbox.clock.SandboxClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalLogTest {
    private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-12-01T00:00:00Z"));
    private final RefusalLog refusals = new RefusalLog(clock);

    @Test
    void tenLinesPerReasonAMinute_thenOneLineCountingWhatWasLeftOut() {
        List<String> lines;
        try (CapturedLogs logs = CapturedLogs.of(RefusalLog.class)) {
            for (int i = 0; i < 25; i++) {
                refusals.refuse("api 401", "request " + i);
            }
            refusals.refuse("api 403", "another reason has its own budget");
            clock.advance(Duration.ofMinutes(1));
            refusals.refuse("api 401", "next minute");
            lines = logs.at(Level.WARN);
        }

        assertThat(lines).hasSize(12);
        assertThat(lines.get(9)).contains("request 9");
        assertThat(lines.get(10)).contains("another reason");
        assertThat(lines.get(11)).contains("next minute").contains("15 more 'api 401' refusals were not logged");
    }
}
