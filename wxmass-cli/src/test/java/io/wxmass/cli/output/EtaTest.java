package io.wxmass.cli.output;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class EtaTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void after_countsOnlyTheWorkOfThisRun_soAResumedExportIsNotTooOptimistic() {
        AtomicLong now = new AtomicLong();
        Eta eta = new Eta(now::get);

        assertThat(eta.after(900, 1_000)).isEmpty(); // resumed at 90 %: no rate yet
        now.addAndGet(10 * SECOND);
        // 10 done in 10 s, 90 left: 90 s, not the 1 s that 910 of 1,000 in 10 s would suggest.
        assertThat(eta.after(910, 1_000)).contains("ETA 1m30s");
    }

    @Test
    void after_whenDoneOrNotMoving_saysNothing() {
        AtomicLong now = new AtomicLong();
        Eta eta = new Eta(now::get);
        eta.after(0, 10);
        now.addAndGet(SECOND);

        assertThat(eta.after(0, 10)).isEmpty();
        assertThat(eta.after(10, 10)).isEmpty();
    }

    @Test
    void format_usesTheTwoLargestUnits() {
        assertThat(Eta.format(59)).isEqualTo("59s");
        assertThat(Eta.format(65)).isEqualTo("1m05s");
        assertThat(Eta.format(2 * 3600 + 7 * 60 + 30)).isEqualTo("2h07m");
    }
}
