package io.wxmass.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.testing.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {
    private final ManualClock clock = ManualClock.start();
    private final Instant start = clock.instant();
    private final InMemoryRateLimiter limiter = InMemoryRateLimiter.massPerMinute(clock, clock);

    @Test
    void first60InAMinute_goWithoutWaiting() throws InterruptedException {
        acquire("wxA", 60);

        assertThat(clock.sleeps()).isEmpty();
        assertThat(clock.instant()).isEqualTo(start);
    }

    @Test
    void the61st_waitsUntilTheOldestLeavesTheWindow() throws InterruptedException {
        acquire("wxA", 60);
        clock.advance(Duration.ofSeconds(10));

        limiter.acquire("wxA");

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(50));
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(60));
    }

    @Test
    void window_rolls_permitsFreeUpOneByOne() throws InterruptedException {
        acquire("wxA", 30);
        clock.advance(Duration.ofSeconds(30));
        acquire("wxA", 30);
        clock.advance(Duration.ofSeconds(30)); // the first 30 have left the window

        acquire("wxA", 30);
        assertThat(clock.sleeps()).isEmpty();

        limiter.acquire("wxA"); // 60 in [30 s, 60 s]: waits for the batch taken at 30 s
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(30));
        assertThat(clock.instant()).isEqualTo(start.plusSeconds(90));
    }

    @Test
    void neverMoreThan60InAnyRollingMinute_over300Requests() throws InterruptedException {
        Instant[] grants = new Instant[300];
        for (int i = 0; i < grants.length; i++) {
            limiter.acquire("wxA");
            grants[i] = clock.instant();
            clock.advance(Duration.ofMillis(370));
        }
        for (int i = 60; i < grants.length; i++) {
            assertThat(Duration.between(grants[i - 60], grants[i])).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
        }
    }

    @Test
    void accounts_haveSeparateBudgets() throws InterruptedException {
        acquire("wxA", 60);

        acquire("wxB", 60);

        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void previews_goOnlyWhileTheWindowHoldsFewerThan20() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            limiter.acquirePreview("wxA");
        }
        assertThat(clock.sleeps()).isEmpty();
        clock.advance(Duration.ofSeconds(5));

        limiter.acquirePreview("wxA"); // the 21st waits until the first preview leaves the window

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(55));
    }

    @Test
    void sends_keepFortyPermitsThatPreviewsCannotTake() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            limiter.acquirePreview("wxA");
        }

        acquire("wxA", 40);

        assertThat(clock.sleeps()).as("40 sends after 20 previews, in the same minute").isEmpty();
    }

    @Test
    void aPreview_waitsOnceSendsHaveFilledTwentyPermits() throws InterruptedException {
        acquire("wxA", 20);
        clock.advance(Duration.ofSeconds(30));

        limiter.acquirePreview("wxA");

        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    private void acquire(String appId, int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            limiter.acquire(appId);
        }
    }
}
