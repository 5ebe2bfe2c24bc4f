package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.callback.CallbackException.Reason;
import io.wxmass.core.testing.ManualClock;
import java.time.Instant;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReplayGuardTest {
    private static final long NOW = 1_714_037_059L;
    private final ManualClock clock = new ManualClock(Instant.ofEpochSecond(NOW));
    private final ReplayGuard guard = ReplayGuard.withDefaults(clock);

    private static Reason reasonOf(Runnable r) {
        try {
            r.run();
        } catch (CallbackException e) {
            return e.reason();
        }
        return null;
    }

    @Test
    void check_atWindowEdges_accepts() {
        assertThatCode(() -> guard.check(Long.toString(NOW - 300), "a")).doesNotThrowAnyException();
        assertThatCode(() -> guard.check(Long.toString(NOW + 300), "b")).doesNotThrowAnyException();
    }

    @Test
    void check_whenOlderThanWindow_refusesAsStale() {
        assertThat(reasonOf(() -> guard.check(Long.toString(NOW - 301), "n"))).isEqualTo(Reason.STALE_TIMESTAMP);
    }

    @Test
    void check_whenAheadOfWindow_refusesAsFuture() {
        assertThat(reasonOf(() -> guard.check(Long.toString(NOW + 301), "n"))).isEqualTo(Reason.FUTURE_TIMESTAMP);
    }

    @Test
    void check_whenNonceSeenWithSameTimestamp_refusesAsReplayed() {
        guard.check(Long.toString(NOW), "486452656");

        assertThat(reasonOf(() -> guard.check(Long.toString(NOW), "486452656"))).isEqualTo(Reason.REPLAYED_NONCE);
    }

    @Test
    void check_whenTimestampIsNotUnixSeconds_refusesAsBadTimestamp() {
        assertThat(reasonOf(() -> guard.check("17140370a9", "n"))).isEqualTo(Reason.BAD_TIMESTAMP);
        assertThat(reasonOf(() -> guard.check("-5", "n"))).isEqualTo(Reason.BAD_TIMESTAMP);
        assertThat(reasonOf(() -> guard.check("99999999999999999999", "n"))).isEqualTo(Reason.BAD_TIMESTAMP);
    }

    @Test
    void check_afterWindowPasses_forgetsNoncesAndStillRefusesTheOldTimestamp() {
        guard.check(Long.toString(NOW), "n1");
        clock.advance(Duration.ofSeconds(301));

        guard.check(Long.toString(NOW + 301), "n2");

        assertThat(guard.size()).isEqualTo(1);
        assertThat(reasonOf(() -> guard.check(Long.toString(NOW), "n1"))).isEqualTo(Reason.STALE_TIMESTAMP);
    }

    @Test
    void check_whenCacheIsFull_dropsOldestNonce() {
        ReplayGuard small = new ReplayGuard(clock, Duration.ofSeconds(300), 2);
        small.check(Long.toString(NOW), "a");
        small.check(Long.toString(NOW), "b");
        small.check(Long.toString(NOW), "c");

        assertThat(small.size()).isEqualTo(2);
        assertThatThrownBy(() -> small.check(Long.toString(NOW), "c")).isInstanceOf(CallbackException.class);
    }
}
