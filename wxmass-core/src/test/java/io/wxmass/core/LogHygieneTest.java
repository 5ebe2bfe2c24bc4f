package io.wxmass.core;

import static io.wxmass.core.testing.ScriptedPlatform.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.JdkHttpTransport;
import io.wxmass.core.http.RequestBody;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.core.message.SendOptions;
import io.wxmass.core.testing.CapturingAppender;
import io.wxmass.core.testing.LogHygiene;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.TestSecrets;
import io.wxmass.core.testing.TestTransports;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the SDK's noisiest paths (retries, token refreshes, errcodes, dropped connections, a body echoing
 * a token) at DEBUG and checks that neither their log lines nor their exception texts hold a fixture
 * secret. The whole run's log is checked after the last test by {@link LogHygiene}.
 */
class LogHygieneTest {
    private static final Logger log = LoggerFactory.getLogger(LogHygieneTest.class);

    private final List<String> exceptionTexts = new ArrayList<>();

    @Test
    void noisyScenarios_atDebug_neverLogOrThrowAppSecretAccessTokenOrAesKey() {
        int before = CapturingAppender.size();
        exerciseNoisyPaths();

        List<String> ours = CapturingAppender.linesSince(before);
        assertThat(ours).as("the scenarios logged at DEBUG through the capture")
                .anyMatch(l -> l.startsWith("DEBUG") && l.contains("/cgi-bin/stable_token"))
                .anyMatch(l -> l.startsWith("WARN") && l.contains("errcode -1"))
                .anyMatch(l -> l.contains("access_token=<redacted>"));
        assertThat(exceptionTexts).hasSizeGreaterThanOrEqualTo(5);
        assertThat(LogHygiene.leaks(List.of("prefix " + TestSecrets.APP_SECRET))).as("the scan itself works")
                .containsExactly("prefix <SECRET>");

        assertThat(LogHygiene.leaks(ours)).as("log lines holding a secret").isEmpty();
        assertThat(LogHygiene.leaks(exceptionTexts)).as("exception texts holding a secret").isEmpty();
    }

    private void exerciseNoisyPaths() {
        try (ScriptedPlatform platform = ScriptedPlatform.start()) {
            ManualClock clock = ManualClock.start();
            platform.enqueue("/cgi-bin/stable_token", Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)),
                    Reply.error(-1, "system error"), Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
            platform.always("/cgi-bin/stable_token", Reply.error(40125, "invalid appsecret"));
            platform.enqueue("/cgi-bin/message/mass/sendall", Reply.error(40001, "invalid credential"),
                    Reply.error(-1, "system error"), Reply.drop(),
                    Reply.json("{\"errcode\":45065,\"errmsg\":\"clientmsgid exist\",\"msg_id\":42}"));
            platform.always("/cgi-bin/message/mass/preview", Reply.raw(500, "text/plain",
                    ("oops " + TestSecrets.ACCESS_TOKEN_2).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            platform.always("/cgi-bin/user/get", Reply.error(48001, "api unauthorized"));
            platform.always("/cgi-bin/token", Reply.error(40164, "invalid ip 10.0.0.1, not in whitelist"));

            WxMassConfig config = WxMassConfig.builder().appId(TestSecrets.APP_ID).appSecret(TestSecrets.APP_SECRET)
                    .baseUrl(platform.baseUrl()).clock(clock).sleeper(clock).httpClient(TestTransports.HTTP)
                    .requestTimeout(Duration.ofSeconds(5))
                    .callbackToken(TestSecrets.CALLBACK_TOKEN).encodingAesKey(TestSecrets.ENCODING_AES_KEY).build();
            log.info("starting hygiene scenarios with {}", config);
            WxMass wx = WxMass.create(config);
            log.debug("client {} tokens {}", wx, wx.tokens());

            // token fetch, 40001 -> refresh (after one -1 on the token endpoint), -1 and reset re-posts, 45065
            attempt(() -> wx.mass().send(MassMessage.text("hi"), Audience.tag(2), SendOptions.withClientMsgId("hyg-1")));
            log.debug("current token {}", wx.tokens().current());
            attempt(() -> wx.mass().preview(MassMessage.text("p"), PreviewTarget.openId("o1")));
            attempt(() -> wx.audience().followers().count());
            attempt(() -> wx.transport().execute(ApiRequest.get(Endpoints.USER_GET, Map.of("secret", TestSecrets.APP_SECRET))));
            attempt(wx::forceRefreshToken);

            JdkHttpTransport classic = TestTransports.unauthenticated(platform, clock).build();
            attempt(() -> new io.wxmass.core.token.ClassicTokenSource(classic, TestTransports.CREDENTIALS, clock).fetch());
            attempt(() -> classic.execute(ApiRequest.post(Endpoints.MASS_GET,
                    RequestBody.json(JsonNodeFactory.instance.objectNode().put("msg_id", 1)))));
        }
        // The platform is closed now: connection refused, with the secret in the query.
        try (ScriptedPlatform gone = ScriptedPlatform.start()) {
            JdkHttpTransport transport = TestTransports.unauthenticated(gone, ManualClock.start()).build();
            gone.close();
            attempt(() -> new io.wxmass.core.token.ClassicTokenSource(transport, TestTransports.CREDENTIALS,
                    ManualClock.start()).fetch());
        }
    }

    private void attempt(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            exceptionTexts.add(e + "\n" + trace);
            log.warn("scenario failed as scripted", e);
        }
    }
}
