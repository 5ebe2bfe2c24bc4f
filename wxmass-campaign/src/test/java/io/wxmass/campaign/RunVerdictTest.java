package io.wxmass.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunVerdictTest {
    @Test
    void line_namesEveryKindOfUndoneBatch_andTheNextQuotaWindow() {
        RunVerdict v = new RunVerdict(1, 2, 0, 4, 0, 3, Optional.of(Instant.parse("2026-03-02T16:00:00Z")));

        assertThat(v.complete()).isFalse();
        assertThat(v.line()).isEqualTo("incomplete: 1 failed (certainly not sent), 2 unknown (may have gone out: resolve"
                + " them), 4 deferred (not before 2026-03-02T16:00:00Z, run again then)");
        assertThat(v.toJson()).containsEntry("deferred", 4).containsEntry("nextDeferred", "2026-03-02T16:00:00Z");
    }

    @Test
    void complete_whenOnlySubmittedBatchesAwaitTheirEvent() {
        RunVerdict v = new RunVerdict(0, 0, 0, 0, 0, 2, Optional.empty());

        assertThat(v.complete()).isTrue();
        assertThat(v.line()).isEqualTo("complete: every batch submitted, 2 awaiting the platform's outcome");
    }

    @Test
    void incomplete_whenParkedOrHeldForAnAdmin() {
        assertThat(new RunVerdict(0, 0, 1, 0, 0, 0, Optional.empty()).complete()).isFalse();
        assertThat(new RunVerdict(0, 0, 0, 0, 1, 0, Optional.empty()).line())
                .isEqualTo("incomplete: 1 awaiting the administrator's confirmation");
    }
}
