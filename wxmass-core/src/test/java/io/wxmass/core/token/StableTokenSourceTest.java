package io.wxmass.core.token;

import static io.wxmass.core.testing.ScriptedPlatform.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Recorded;
import io.wxmass.core.testing.TestSecrets;
import io.wxmass.core.testing.TestTransports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StableTokenSourceTest {
    private static final String PATH = "/cgi-bin/stable_token";

    private final ScriptedPlatform platform = ScriptedPlatform.start();
    private final ManualClock clock = ManualClock.start();
    private final StableTokenSource source =
            new StableTokenSource(TestTransports.unauthenticated(platform, clock).build(), TestTransports.CREDENTIALS, clock);

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void fetch_postsClientCredentialsWithoutForceRefresh_andNoTokenInQuery() {
        platform.always(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));

        AccessToken token = source.fetch();

        assertThat(token.value()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(7200));
        Recorded sent = platform.requests(PATH).get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.query()).isEmpty();
        assertThat(sent.json()).isEqualTo(JsonNodeFactory.instance.objectNode()
                .put("grant_type", "client_credential")
                .put("appid", TestSecrets.APP_ID)
                .put("secret", TestSecrets.APP_SECRET)
                .put("force_refresh", false));
    }

    @Test
    void forceRefresh_postsForceRefreshTrue() {
        platform.always(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));

        AccessToken token = source.forceRefresh();

        assertThat(token.value()).isEqualTo(TestSecrets.ACCESS_TOKEN_2);
        assertThat(platform.requests(PATH).get(0).json().get("force_refresh").asBoolean()).isTrue();
    }

    @Test
    void fetch_keepsTheShorterLifetimeThePlatformGivesNearRenewal() {
        platform.always(PATH, Reply.json("{\"access_token\":\"" + TestSecrets.ACCESS_TOKEN + "\",\"expires_in\":312}"));

        assertThat(source.fetch().expiresAt()).isEqualTo(clock.instant().plusSeconds(312));
    }

    @Test
    void fetch_whenPlatformRejectsCredentials_throwsWithCodeButWithoutSecret() {
        platform.always(PATH, Reply.error(40125, "invalid appsecret rid: 6500aa-1"));

        assertThatThrownBy(source::fetch).isInstanceOfSatisfying(WeChatApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(40125);
            assertThat(e.endpoint()).isEqualTo(PATH);
            assertThat(e.getMessage()).doesNotContain(TestSecrets.APP_SECRET);
        });
        assertThat(platform.count(PATH)).isEqualTo(1);
    }

    @Test
    void fetch_whenAnswerLacksToken_throwsTransportExceptionWithoutQuotingIt() {
        platform.always(PATH, Reply.json("{\"access_token\":\"" + TestSecrets.ACCESS_TOKEN + "\"}"));

        assertThatThrownBy(source::fetch).isInstanceOf(TransportException.class)
                .hasMessageContaining("expires_in")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TestSecrets.ACCESS_TOKEN));
    }

    @Test
    void fetch_afterSystemError_isRetried() {
        platform.enqueue(PATH, Reply.error(-1, "system error"));
        platform.always(PATH, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));

        assertThat(source.fetch().value()).isEqualTo(TestSecrets.ACCESS_TOKEN);
        assertThat(platform.count(PATH)).isEqualTo(2);
    }

    @Test
    void toString_redactsSecret() {
        assertThat(source.toString()).contains(TestSecrets.APP_ID).doesNotContain(TestSecrets.APP_SECRET);
    }
}
