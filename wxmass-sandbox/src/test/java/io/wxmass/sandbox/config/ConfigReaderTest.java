package io.wxmass.sandbox.config;

import io.wxmass.sandbox.platform.AccountType;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigReaderTest {
    static Path file(String name) throws URISyntaxException {
        return Path.of(ConfigReaderTest.class.getResource("/config/" + name).toURI());
    }

    @Test
    void read_accountsTagsSpeedCallbackAndRules() throws Exception {
        SandboxConfig config = ConfigReader.read(file("two-accounts.json"));
        assertThat(config.accounts()).hasSize(2);
        AccountSpec service = config.accounts().get(0);
        assertThat(service.type()).isEqualTo(AccountType.SERVICE);
        assertThat(service.speed()).isEqualTo(2);
        assertThat(service.tags()).containsExactly(new TagSeed("odd", 2, 1));
        assertThat(service.callback().mode()).isEqualTo("safe");
        assertThat(service.massSendProtection()).isTrue();
        AccountSpec sub = config.accounts().get(1);
        assertThat(sub.type()).isEqualTo(AccountType.SUBSCRIPTION);
        assertThat(sub.verified()).isFalse();
        assertThat(sub.tags()).isEqualTo(TagSeed.defaults());
        assertThat(sub.massSendProtection()).isFalse();
        RuleSettings rules = config.rules();
        assertThat(rules.dailyMassCalls()).isEqualTo(7);
        assertThat(rules.clientMsgIdMaxBytes()).isEqualTo(64);
        assertThat(rules.unknownTagSystemError()).isTrue();
        assertThat(rules.moderation()).containsEntry("广告", 10001);
        assertThat(rules.reprints()).singleElement().satisfies(r -> assertThat(r.canReprint()).isFalse());
        assertThat(rules.tokensPerDay()).isEqualTo(2000);
    }

    @Test
    void read_unknownKey_isRefusedNamingIt() {
        assertThatThrownBy(() -> ConfigReader.read(file("typo.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folowers");
    }

    @Test
    void accountSpec_toStringRedactsTheSecret() throws Exception {
        AccountSpec service = ConfigReader.read(file("two-accounts.json")).accounts().get(0);
        assertThat(service.toString()).doesNotContain("1111111111").doesNotContain("abcdefghijklmnop");
    }

    @Test
    void read_aFileWrittenWithBomAndCrlf_readsAsWritten() throws Exception {
        assertThat(ConfigReader.read(file("windows.json")).accounts()).singleElement()
                .satisfies(a -> assertThat(a.followers()).isEqualTo(3));
    }

    @Test
    void read_aNumberBeyondItsFieldsRange_isRefusedNamingTheField_notWrapped() {
        assertThatThrownBy(() -> ConfigReader.read(file("overflowing-rule.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dailyMassCalls: must be a whole number");
    }

    @Test
    void read_aDeviceOrADirectory_isRefusedBeforeReading() {
        assertThatThrownBy(() -> ConfigReader.read(Path.of("/dev/zero"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--config: must be a regular file");
        assertThatThrownBy(() -> ConfigReader.read(Path.of("/"))).isInstanceOf(IllegalArgumentException.class);
    }
}
