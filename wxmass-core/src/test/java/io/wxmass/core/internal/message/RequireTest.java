package io.wxmass.core.internal.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequireTest {
    @Test
    void positive_refusesZeroAndNegative_namingTheField() {
        assertThat(Require.positive(Duration.ofMillis(1), "ttl")).isEqualTo(Duration.ofMillis(1));
        assertThatThrownBy(() -> Require.positive(Duration.ZERO, "ttl"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("ttl");
                    assertThat(e.rule()).startsWith("must be positive");
                });
        assertThatThrownBy(() -> Require.positive(Duration.ofSeconds(-1), "ttl")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void nonNegative_acceptsZero_refusesNegative() {
        assertThat(Require.nonNegative(Duration.ZERO, "margin")).isZero();
        assertThatThrownBy(() -> Require.nonNegative(Duration.ofMillis(-1), "margin"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("margin"));
    }

    @Test
    void baseUrl_refusesEveryNonHttpShape_withOneExceptionType() {
        for (String bad : new String[] {"api.weixin.qq.com", "ftp://host", "http://host/?access_token=x", "http://", "http://a b"}) {
            assertThatThrownBy(() -> Require.baseUrl(bad, "--base-url"))
                    .as(bad)
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("--base-url"));
        }
        assertThat(Require.baseUrl("https://gw.example/wechat/", "baseUrl")).isEqualTo("https://gw.example/wechat");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\u001B[31mb", "a\u0085b", "a\u009Bb", "a\u202Eb", "a\u2066b", "a\u200Fb",
            "a\u2028b", "a\uFEFFb", "a\u0000b", "a\u007Fb"})
    void noControlOrBidi_refusesControlSeparatorAndBidiCharacters_namingTheFieldAndThePlace(String name) {
        assertThatThrownBy(() -> Require.noControlOrBidi(name, "name"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.rule()).contains("control or bidi").contains("at character 2");
                });
    }

    @Test
    void noControlOrBidi_acceptsTextInAnyScriptAndEmojiWithJoiners() {
        String name = "春季促销 – café 👩\u200D💻 \u0645\u0631\u062D\u0628\u0627";
        assertThat(Require.noControlOrBidi(name, "name")).isSameAs(name);
    }
}
