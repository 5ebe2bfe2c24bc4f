package io.wxmass.campaign.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkerSettingsTest {
    @Test
    void retryDelayAfter_doublesWithEachAttempt_andStopsAtTheCap() {
        WorkerSettings settings = WorkerSettings.DEFAULTS;

        assertThat(settings.retryDelayAfter(1)).isEqualTo(Duration.ofSeconds(61));
        assertThat(settings.retryDelayAfter(2)).isEqualTo(Duration.ofSeconds(122));
        assertThat(settings.retryDelayAfter(4)).isEqualTo(Duration.ofSeconds(488));
        assertThat(settings.retryDelayAfter(6)).isEqualTo(WorkerSettings.MAX_RETRY_DELAY);
        assertThat(settings.retryDelayAfter(1_000)).isEqualTo(WorkerSettings.MAX_RETRY_DELAY);
    }

    @Test
    void retryDelayAfter_aFirstDelayAboveTheCap_isKept() {
        WorkerSettings slow = WorkerSettings.DEFAULTS.withRetryDelay(Duration.ofHours(1));

        assertThat(slow.retryDelayAfter(3)).isEqualTo(Duration.ofHours(1));
    }
}
