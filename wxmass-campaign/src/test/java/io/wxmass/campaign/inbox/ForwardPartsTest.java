package io.wxmass.campaign.inbox;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForwardPartsTest {

    @Test
    void backoff_doublesFromTheFirstWait_upToTheCap() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1));

        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void signature_matchesTheDocumentedKnownAnswer() {
        // docs/callback-forwarding.md: HMAC-SHA256(key, timestamp + "." + body), lower hex, "v1=" in front.
        ForwardSignature signature = new ForwardSignature(ForwardKey.of("0123456789abcdef0123456789abcdef"));

        assertThat(signature.sign("1714037059", "<xml></xml>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("v1=" + KnownAnswer.HMAC);
    }

    @Test
    void forwardKey_shorterThan32Characters_isRefusedNamingTheField() {
        assertThatThrownBy(() -> ForwardKey.of("short-key"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("forwardKey");
    }

    @Test
    void forwardKey_neverPrintsItself() {
        assertThat(ForwardKey.of("0123456789abcdef0123456789abcdef").toString()).doesNotContain("0123");
    }

    @Test
    void settings_refuseADeadlineThePlatformWouldNotWaitFor() {
        ForwardKey key = ForwardKey.of("0123456789abcdef0123456789abcdef");
        ForwardSettings settings = ForwardSettings.of(URI.create("http://127.0.0.1:9000/wx"), ForwardFormat.XML, key);

        assertThatThrownBy(() -> settings.withDeadline(Duration.ofSeconds(5)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("forwardDeadline");
        assertThatThrownBy(() -> ForwardSettings.of(URI.create("ftp://host/x"), ForwardFormat.XML, key))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("forwardTo");
    }

    @Test
    void format_parsesXmlOrJsonOnly() {
        assertThat(ForwardFormat.parse("JSON")).isEqualTo(ForwardFormat.JSON);
        assertThatThrownBy(() -> ForwardFormat.parse("yaml")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("forwardFormat");
    }

    /** Computed independently: printf '1714037059.<xml></xml>' | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef */
    private static final class KnownAnswer {
        static final String HMAC = "480f7e71fca58531d4b1333cb0be60c6a5bbf6ef89a8788067a7265838aeccf5";
    }
}
