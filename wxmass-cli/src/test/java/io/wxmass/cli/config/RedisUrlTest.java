package io.wxmass.cli.config;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisUrlTest {
    @Test
    void parse_withoutPort_usesRedisDefaultPortAndKeepsEncodedPassword() {
        RedisUrl url = RedisUrl.parse("redis://:p%40ss@redis.example/3");

        assertThat(url.uri()).hasToString("redis://:p%40ss@redis.example:6379/3");
        assertThat(url.uri().getUserInfo()).isEqualTo(":p@ss");
    }

    @Test
    void parse_withPortAndTls_keepsTheUrlAsGiven() {
        assertThat(RedisUrl.parse("rediss://app:pw@10.0.0.5:6380").uri()).hasToString("rediss://app:pw@10.0.0.5:6380");
    }

    @Test
    void parse_whenUserInfoHasNoColon_refusesBecauseRedisWouldTakeItForAUserWithoutPassword() {
        assertThatThrownBy(() -> RedisUrl.parse("redis://lonely-secret@redis.example:6379"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--redis-url");
                    assertThat(e.getMessage()).doesNotContain("lonely-secret");
                });
    }

    @Test
    void parse_sentinelUrlWithSeveralSentinels_isKeptAsGiven_andMasked() {
        RedisUrl url = RedisUrl.parse("redis-sentinel://app:s3cret@10.0.0.5:26379,10.0.0.6:26379/wxmass/2");

        assertThat(url.uri()).hasToString("redis-sentinel://app:s3cret@10.0.0.5:26379,10.0.0.6:26379/wxmass/2");
        assertThat(url).hasToString("redis-sentinel://app:***@10.0.0.5:26379,10.0.0.6:26379/wxmass/2");
    }

    @Test
    void parse_sentinelUrlWithoutMasterName_namesTheFlagAndHidesThePassword() {
        assertThatThrownBy(() -> RedisUrl.parse("redis-sentinel://app:s3cret@10.0.0.5:26379"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--redis-url");
                    assertThat(e.getMessage()).contains("masterName").doesNotContain("s3cret");
                });
    }

    @Test
    void toString_masksPasswordButKeepsUserHostPortAndDb() {
        assertThat(RedisUrl.parse("redis://app:s3cret@redis.example:6379/1"))
                .hasToString("redis://app:***@redis.example:6379/1");
    }
}
