package io.wxmass.campaign.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

class SentinelUrlTest {
    @Test
    void parse_readsSentinelsInOrder_masterName_database_andTheMastersCredentials() {
        SentinelUrl url = SentinelUrl.parse("redis-sentinel://app:p%40ss@s1.internal:26379,[::1]:26380/wxmass/3");

        assertThat(url.sentinels()).containsExactly(new HostAndPort("s1.internal", 26379), new HostAndPort("::1", 26380));
        assertThat(url.masterName()).isEqualTo("wxmass");
        assertThat(url.database()).isEqualTo(3);
        assertThat(url.user()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.toString()).doesNotContain("p@ss", "p%40ss");
    }

    @Test
    void parse_withoutCredentialsOrDatabase_usesNoneAndDatabaseZero() {
        SentinelUrl url = SentinelUrl.parse("redis-sentinel://127.0.0.1:26379/mymaster");

        assertThat(url.user()).isNull();
        assertThat(url.password()).isNull();
        assertThat(url.database()).isZero();
    }

    @Test
    void parse_whenASentinelHasNoPort_refusesNamingTheRule() {
        assertThatThrownBy(() -> SentinelUrl.parse("redis-sentinel://:pw@s1.internal/mymaster"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("host:port")
                .hasMessageNotContaining("pw@");
    }
}
