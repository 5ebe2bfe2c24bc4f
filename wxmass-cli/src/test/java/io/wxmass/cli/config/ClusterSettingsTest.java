package io.wxmass.cli.config;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.wxmass.cli.config.ConfigFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --redis-url and --instances: the same precedence as every setting, validated before anything runs. */
class ClusterSettingsTest {
    private static final Map<Setting, String> NO_FLAGS = Map.of();

    @Test
    void resolve_whenFlagEnvAndFileAllSet_flagWinsForRedisUrlAndInstances() {
        ResolvedConfig config = new ConfigResolver(Map.of("WXMASS_REDIS_URL", "redis://env.example:6379",
                "WXMASS_INSTANCES", "5"))
                .resolve(Map.of(Setting.REDIS_URL, "redis://flag.example:6379", Setting.INSTANCES, "2"),
                        fixture("cluster.properties"));

        assertThat(config.redisUrl().orElseThrow().uri().getHost()).isEqualTo("flag.example");
        assertThat(config.source(Setting.REDIS_URL)).contains(Source.FLAG);
        assertThat(config.instances()).isEqualTo(2);
        assertThat(config.source(Setting.INSTANCES)).contains(Source.FLAG);
    }

    @Test
    void resolve_whenEnvAndFileSet_envWinsOverFile() {
        ResolvedConfig config = new ConfigResolver(Map.of("WXMASS_REDIS_URL", "redis://env.example:6379",
                "WXMASS_INSTANCES", "5"))
                .resolve(NO_FLAGS, fixture("cluster.properties"));

        assertThat(config.redisUrl().orElseThrow().uri().getHost()).isEqualTo("env.example");
        assertThat(config.instances()).isEqualTo(5);
        assertThat(config.source(Setting.INSTANCES)).contains(Source.ENVIRONMENT);
    }

    @Test
    void resolve_whenOnlyPropertiesFile_readsRedisUrlWithPasswordAndDbAndInstances() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, fixture("cluster.properties"));

        assertThat(config.redisUrl().orElseThrow().uri())
                .hasToString("redis://file-user:file-redis-pw@redis.file.example:6380/2");
        assertThat(config.source(Setting.REDIS_URL)).contains(Source.CONFIG_FILE);
        assertThat(config.instances()).isEqualTo(4);
    }

    @Test
    void resolve_whenJsonFileHoldsInstancesAsNumber_readsIt() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, fixture("cluster.json"));

        assertThat(config.redisUrl().orElseThrow().uri()).hasToString("rediss://json.example:6390");
        assertThat(config.instances()).isEqualTo(3);
    }

    @Test
    void resolve_whenNoRedisUrl_hasNoneAndOneInstanceByDefault() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, null);

        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.instances()).isEqualTo(1);
        assertThat(config.source(Setting.INSTANCES)).contains(Source.DEFAULT);
    }

    @Test
    void resolve_whenEnvRedisUrlBlank_fallsThroughToFile() {
        ResolvedConfig config = new ConfigResolver(Map.of("WXMASS_REDIS_URL", " "))
                .resolve(NO_FLAGS, fixture("cluster.properties"));

        assertThat(config.redisUrl().orElseThrow().uri().getHost()).isEqualTo("redis.file.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "61", "two", "1.5", "-3"})
    void resolve_whenInstancesNotWithin1To60_refusesNamingTheFlagAndValue(String instances) {
        assertThatThrownBy(() -> new ConfigResolver(Map.of("WXMASS_INSTANCES", instances)).resolve(NO_FLAGS, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--instances");
                    assertThat(e.rule()).contains("1 to 60").endsWith("was " + instances);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:hunter2-pw@redis.example:6379", "redis://user:hunter2-pw@/0",
            "redis://user:hunter2-pw@redis.example:6379/db", "redis://user:hunter2-pw@redis example"})
    void resolve_whenRedisUrlInvalid_refusesNamingTheFlagWithoutThePassword(String url) {
        assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(Map.of(Setting.REDIS_URL, url), null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--redis-url");
                    assertThat(e.rule()).contains("user:***@").doesNotContain("hunter2");
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
    }

    @Test
    void toString_showsRedisHostButMasksItsPassword() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, fixture("cluster.properties"));

        assertThat(config.toString())
                .contains("redisUrl=redis://file-user:***@redis.file.example:6380/2 (config_file)")
                .contains("instances=4")
                .doesNotContain("file-redis-pw");
    }
}
