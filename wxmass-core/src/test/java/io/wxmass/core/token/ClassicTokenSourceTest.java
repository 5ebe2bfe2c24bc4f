package io.wxmass.core.token;

import static io.wxmass.core.testing.ScriptedPlatform.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Recorded;
import io.wxmass.core.testing.TestSecrets;
import io.wxmass.core.testing.TestTransports;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassicTokenSourceTest {
    private static final String PATH = "/cgi-bin/token";

    private final ScriptedPlatform platform = ScriptedPlatform.start();
    private final ManualClock clock = ManualClock.start();
    private final ClassicTokenSource source =
            new ClassicTokenSource(TestTransports.unauthenticated(platform, clock).build(), TestTransports.CREDENTIALS, clock);

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void fetch_getsWithClientCredentialsInQuery() {
        platform.always(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));

        AccessToken token = source.fetch();

        assertThat(token.value()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(7200));
        Recorded sent = platform.requests(PATH).get(0);
        assertThat(sent.method()).isEqualTo("GET");
        assertThat(sent.query()).containsOnly(Map.entry("grant_type", "client_credential"),
                Map.entry("appid", TestSecrets.APP_ID), Map.entry("secret", TestSecrets.APP_SECRET));
    }

    @Test
    void fetch_whenIpNotWhitelisted_throwsWithCodeAndTextButWithoutSecret() {
        platform.always(PATH, Reply.error(40164, "invalid ip 1.2.3.4, not in whitelist"));

        assertThatThrownBy(source::fetch).isInstanceOfSatisfying(WeChatApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(40164);
            assertThat(e.errmsg()).isEqualTo("invalid ip 1.2.3.4, not in whitelist");
            assertThat(e.getMessage()).doesNotContain(TestSecrets.APP_SECRET);
        });
    }

    @Test
    void fetch_wrongSecret40001_isNotTreatedAsAnExpiredToken() {
        platform.always(PATH, Reply.error(40001, "invalid credential"));

        assertThatThrownBy(source::fetch).isInstanceOf(WeChatApiException.class);
        assertThat(platform.count(PATH)).isEqualTo(1);
    }
}
