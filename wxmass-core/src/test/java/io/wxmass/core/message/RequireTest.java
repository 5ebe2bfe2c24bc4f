package io.wxmass.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
