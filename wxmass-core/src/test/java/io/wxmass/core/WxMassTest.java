package io.wxmass.core;

import static io.wxmass.core.testing.ScriptedPlatform.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.mass.MassStatus;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.core.message.SendOptions;
import io.wxmass.core.testing.ManualClock;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Recorded;
import io.wxmass.core.testing.TestSecrets;
import io.wxmass.core.testing.TestTransports;
import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.TokenStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WxMassTest {
    private static final String STABLE = "/cgi-bin/stable_token";
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";

    private final ScriptedPlatform platform = ScriptedPlatform.start();
    private final ManualClock clock = ManualClock.start();

    @AfterEach
    void stop() {
        platform.close();
    }

    private WxMassConfig.Builder config() {
        return WxMassConfig.builder().appId(TestSecrets.APP_ID).appSecret(TestSecrets.APP_SECRET)
                .baseUrl(platform.baseUrl()).clock(clock).sleeper(clock).httpClient(TestTransports.HTTP)
                .retryPolicy(TestTransports.exactRetries());
    }

    @Test
    void send_afterSystemErrorThenClientMsgIdExists_yieldsOneJobWithTheOriginalMsgId() {
        platform.always(STABLE, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        platform.enqueue(SENDALL, Reply.error(-1, "system error"),
                Reply.json("{\"errcode\":45065,\"errmsg\":\"clientmsgid exist\",\"msg_id\":1000000338}"));
        WxMass wx = WxMass.create(config().build());

        SendReceipt receipt = wx.mass().send(MassMessage.text("hello"), Audience.tag(2),
                SendOptions.withClientMsgId("spring-tag2"));

        assertThat(receipt.msgId()).isEqualTo(1000000338L);
        assertThat(receipt.duplicate()).isTrue();
        assertThat(platform.requests(SENDALL)).extracting(r -> r.json().get("clientmsgid").asText())
                .containsExactly("spring-tag2", "spring-tag2");
    }

    @Test
    void create_withHttpCaller_sendsTheTokenFetchAndEveryCallThroughIt() {
        platform.always(STABLE, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        platform.always("/cgi-bin/message/mass/get", Reply.json("{\"msg_id\":201053012,\"msg_status\":\"SENDING\"}"));
        List<String> paths = new CopyOnWriteArrayList<>();
        HttpCaller jdk = HttpCaller.jdk(TestTransports.HTTP);
        HttpCaller counting = request -> {
            paths.add(request.uri().getPath());
            return jdk.call(request);
        };
        WxMass wx = WxMass.create(WxMassConfig.builder().appId(TestSecrets.APP_ID).appSecret(TestSecrets.APP_SECRET)
                .baseUrl(platform.baseUrl()).clock(clock).sleeper(clock).httpCaller(counting).build());

        assertThat(wx.mass().status(201053012L).status()).isEqualTo(MassStatus.SENDING);

        assertThat(paths).containsExactly(STABLE, "/cgi-bin/message/mass/get");
    }

    @Test
    void token_whileAnotherInstanceHoldsTheRefreshLease_pollsAtTheConfiguredInterval_andAsksForTheConfiguredTtl() {
        platform.always("/cgi-bin/message/mass/get", Reply.json("{\"msg_id\":201053012,\"msg_status\":\"SENDING\"}"));
        LeaseHeldElsewhere store = new LeaseHeldElsewhere(clock, 3);
        WxMass wx = WxMass.create(config().tokenStore(store).tokenLeaseTtl(Duration.ofSeconds(45))
                .tokenLeasePollInterval(Duration.ofMillis(750)).build());

        assertThat(wx.mass().status(201053012L).status()).isEqualTo(MassStatus.SENDING);

        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(750), Duration.ofMillis(750));
        assertThat(store.askedTtls).containsOnly(Duration.ofSeconds(45));
        assertThat(platform.count(STABLE)).isZero(); // the other instance's token was used
        assertThat(platform.requests("/cgi-bin/message/mass/get").get(0).query().get("access_token")).isEqualTo("from-elsewhere");
    }

    /** A shared store whose refresh lease another instance holds; its token appears after {@code polls} reads. */
    private static final class LeaseHeldElsewhere implements TokenStore {
        private final ManualClock clock;
        private final int polls;
        private final List<Duration> askedTtls = new ArrayList<>();
        private int reads;

        LeaseHeldElsewhere(ManualClock clock, int polls) {
            this.clock = clock;
            this.polls = polls;
        }

        @Override
        public synchronized Optional<AccessToken> get(String appId) {
            return reads++ > polls
                    ? Optional.of(new AccessToken("from-elsewhere", clock.instant().plusSeconds(7200)))
                    : Optional.empty();
        }

        @Override
        public void put(String appId, AccessToken token) {
            throw new AssertionError("this instance must not fetch: another holds the lease");
        }

        @Override
        public boolean expireIfCurrent(String appId, String failedValue) {
            return false;
        }

        @Override
        public synchronized Optional<RefreshLease> tryAcquireRefresh(String appId, Duration ttl) {
            askedTtls.add(ttl);
            return Optional.empty();
        }
    }

    @Test
    void mass_media_audience_shareOneTokenFetch() {
        platform.always(STABLE, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        platform.always("/cgi-bin/message/mass/get", Reply.json("{\"msg_id\":201053012,\"msg_status\":\"SENDING\"}"));
        platform.always("/cgi-bin/tags/get", Reply.json("{\"tags\":[{\"id\":2,\"name\":\"星标组\",\"count\":5}]}"));
        WxMass wx = WxMass.create(config().build());

        assertThat(wx.mass().status(201053012L).status()).isEqualTo(MassStatus.SENDING);
        assertThat(wx.audience().tags()).extracting(t -> t.name()).containsExactly("星标组");

        assertThat(platform.count(STABLE)).isEqualTo(1);
        assertThat(platform.requests()).filteredOn(r -> !r.path().equals(STABLE))
                .extracting(r -> r.query().get("access_token")).containsOnly(TestSecrets.ACCESS_TOKEN);
    }

    @Test
    void classicTokenSource_usesCgiBinToken() {
        platform.always("/cgi-bin/token", Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_2)));
        platform.always("/cgi-bin/message/mass/speed/get", Reply.json("{\"speed\":3,\"realspeed\":30}"));
        WxMass wx = WxMass.create(config().tokenSource(WxMassConfig.TokenSourceKind.CLASSIC).build());

        wx.mass().speed();

        assertThat(platform.count("/cgi-bin/token")).isEqualTo(1);
        assertThat(platform.count(STABLE)).isZero();
        assertThat(platform.requests("/cgi-bin/message/mass/speed/get").get(0).query())
                .containsEntry("access_token", TestSecrets.ACCESS_TOKEN_2);
    }

    @Test
    void forceRefreshToken_forcesAndStoresTheNewToken() {
        platform.enqueue(STABLE, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN_3)));
        platform.always("/cgi-bin/message/mass/speed/get", Reply.json("{\"speed\":1,\"realspeed\":60}"));
        WxMass wx = WxMass.create(config().build());

        assertThat(wx.forceRefreshToken().value()).isEqualTo(TestSecrets.ACCESS_TOKEN_3);
        wx.mass().speed();

        Recorded forced = platform.requests(STABLE).get(0);
        assertThat(forced.json().get("force_refresh").asBoolean()).isTrue();
        assertThat(platform.count(STABLE)).isEqualTo(1);
        assertThat(platform.requests("/cgi-bin/message/mass/speed/get").get(0).query())
                .containsEntry("access_token", TestSecrets.ACCESS_TOKEN_3);
    }

    @Test
    void the21stPreviewInAMinute_waitsForTheWindow_keepingTheRestForSends() {
        platform.always(STABLE, Reply.json(TestSecrets.tokenAnswer(TestSecrets.ACCESS_TOKEN)));
        platform.always("/cgi-bin/message/mass/preview", Reply.json("{\"errcode\":0,\"errmsg\":\"preview success\"}"));
        WxMass wx = WxMass.create(config().build());

        for (int i = 0; i < 20; i++) {
            wx.mass().preview(MassMessage.text("preview " + i), PreviewTarget.openId("oPreview"));
        }
        assertThat(clock.sleeps()).isEmpty();
        wx.mass().preview(MassMessage.text("preview 20"), PreviewTarget.openId("oPreview"));

        assertThat(clock.sleeps()).containsExactly(Duration.ofMinutes(1));
        assertThat(platform.count("/cgi-bin/message/mass/preview")).isEqualTo(21);
    }

    @Test
    void toString_redactsSecrets() {
        WxMass wx = WxMass.create(config().callbackToken(TestSecrets.CALLBACK_TOKEN)
                .encodingAesKey(TestSecrets.ENCODING_AES_KEY).build());

        assertThat(wx.toString()).doesNotContain(TestSecrets.APP_SECRET, TestSecrets.CALLBACK_TOKEN,
                TestSecrets.ENCODING_AES_KEY);
    }
}
