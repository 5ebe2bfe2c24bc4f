package io.wxmass.cli.config;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static io.wxmass.cli.config.ConfigFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigResolverTest {
    private static final Map<Setting, String> NO_FLAGS = Map.of();

    @Test
    void resolve_whenFlagEnvAndFileAllSet_flagWins() {
        ResolvedConfig config = new ConfigResolver(Map.of("WXMASS_APP_ID", "wx-env-app"))
                .resolve(Map.of(Setting.APP_ID, "wx-flag-app"), fixture("full.properties"));

        assertThat(config.require(Setting.APP_ID)).isEqualTo("wx-flag-app");
        assertThat(config.source(Setting.APP_ID)).contains(Source.FLAG);
    }

    @Test
    void resolve_whenEnvAndFileSet_envWinsOverFile() {
        ResolvedConfig config = new ConfigResolver(Map.of("WXMASS_APP_SECRET", "env-secret", "WXMASS_DB_URL", "jdbc:sqlite:env.db"))
                .resolve(NO_FLAGS, fixture("full.properties"));

        assertThat(config.require(Setting.APP_SECRET)).isEqualTo("env-secret");
        assertThat(config.require(Setting.DB_URL)).isEqualTo("jdbc:sqlite:env.db");
        assertThat(config.source(Setting.DB_URL)).contains(Source.ENVIRONMENT);
        assertThat(config.require(Setting.APP_ID)).isEqualTo("wx-file-app");
        assertThat(config.source(Setting.APP_ID)).contains(Source.CONFIG_FILE);
    }

    @Test
    void resolve_whenOnlyPropertiesFile_readsEveryKey() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, fixture("full.properties"));

        assertThat(config.require(Setting.APP_ID)).isEqualTo("wx-file-app");
        assertThat(config.require(Setting.APP_SECRET)).isEqualTo("file-secret");
        assertThat(config.require(Setting.BASE_URL)).isEqualTo("http://file.example:8080");
        assertThat(config.require(Setting.TOKEN)).isEqualTo("file-token");
        assertThat(config.require(Setting.AES_KEY)).isEqualTo("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        assertThat(config.require(Setting.DB_URL)).isEqualTo("jdbc:sqlite:file.db");
    }

    @Test
    void resolve_whenJsonFile_readsItsKeys() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, fixture("full.json"));

        assertThat(config.require(Setting.APP_ID)).isEqualTo("wx-json-app");
        assertThat(config.require(Setting.BASE_URL)).isEqualTo("http://json.example:9090");
        assertThat(config.optional(Setting.TOKEN)).isEmpty();
    }

    @Test
    void resolve_whenNothingSet_usesDefaultsForBaseUrlAndDbUrlOnly() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, null);

        assertThat(config.require(Setting.BASE_URL)).isEqualTo(WxMassConfig.DEFAULT_BASE_URL);
        assertThat(config.source(Setting.BASE_URL)).contains(Source.DEFAULT);
        assertThat(config.require(Setting.DB_URL)).isEqualTo(ConfigResolver.DEFAULT_DB_URL);
        assertThat(config.optional(Setting.APP_ID)).isEmpty();
    }

    @Test
    void resolve_whenEnvValueBlank_fallsThroughToFile() {
        ResolvedConfig config = new ConfigResolver(Map.of("WXMASS_APP_ID", "  "))
                .resolve(NO_FLAGS, fixture("full.properties"));

        assertThat(config.require(Setting.APP_ID)).isEqualTo("wx-file-app");
    }

    @Test
    void require_whenMissing_namesFlagAndAllThreePlaces() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, null);

        assertThatThrownBy(() -> config.require(Setting.APP_SECRET))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--app-secret");
                    assertThat(e.rule()).contains("WXMASS_APP_SECRET").contains("appSecret");
                });
    }

    @Test
    void resolve_whenConfigFileHasUnknownKey_refusesNamingTheKey() {
        assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(NO_FLAGS, fixture("misspelt.properties")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("config key appSecert");
                    assertThat(e.rule()).startsWith("unknown");
                });
    }

    @Test
    void resolve_whenJsonIsNotAnObject_refuses() {
        assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(NO_FLAGS, fixture("not-an-object.json")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("--config"));
    }

    @Test
    void resolve_whenConfigFileMissing_refusesNamingThePath() {
        assertThatThrownBy(() -> new ConfigResolver(Map.of()).resolve(NO_FLAGS, Path.of("no-such-wxmass.properties")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("--config");
                    assertThat(e.rule()).contains("no-such-wxmass.properties");
                });
    }

    @Test
    void resolve_whenBaseUrlNotHttp_refuses() {
        assertThatThrownBy(() -> new ConfigResolver(Map.of("WXMASS_BASE_URL", "ftp://x")).resolve(NO_FLAGS, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("--base-url"));
    }

    @Test
    void toString_masksSecrets() {
        ResolvedConfig config = new ConfigResolver(Map.of()).resolve(NO_FLAGS, fixture("full.properties"));

        assertThat(config.toString()).contains("wx-file-app").doesNotContain("file-secret").doesNotContain("file-token")
                .doesNotContain("abcdefghijklmnop");
    }
}
