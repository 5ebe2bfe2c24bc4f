package io.wxmass.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.testing.Fixtures;
import org.junit.jupiter.api.Test;

class SeenOpenIdsTest {
    @Test
    void add_acceptsEachDistinctOpenidOnce_acrossTableGrowth() {
        SeenOpenIds seen = new SeenOpenIds();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.add(Fixtures.openId("oS", i))).isTrue();
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(seen.add(Fixtures.openId("oS", i))).isFalse();
        }
        assertThat(seen.size()).isEqualTo(200_000);
    }

    @Test
    void add_tellsApartOpenidsThatDifferOnlyByOrderOrCase() {
        SeenOpenIds seen = new SeenOpenIds();

        assertThat(seen.add("oAB")).isTrue();
        assertThat(seen.add("oBA")).isTrue();
        assertThat(seen.add("oab")).isTrue();
        assertThat(seen.add("oAB")).isFalse();
    }
}
