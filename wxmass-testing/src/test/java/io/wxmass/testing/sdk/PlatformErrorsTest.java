package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's refusals reach the caller as typed {@link WeChatApiException}s naming code, endpoint and clientmsgid. */
@WithSandbox(followers = 10, fixedClock = Sdk.START)
class PlatformErrorsTest {
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";

    private WxMass wx;
    private int jobsBefore;

    @BeforeEach
    void freshMonth(Sandbox sandbox) {
        Sdk.startNextMonth(sandbox);
        wx = Sdk.client(sandbox);
        jobsBefore = sandbox.admin().jobs(sandbox.appId()).size();
    }

    @Test
    void send_toAnUnknownTag_throws40152WithTheEndpointAndClientMsgId(Sandbox sandbox) {
        long posts = sandbox.admin().requests(SENDALL);

        assertThatThrownBy(() -> wx.mass().send(MassMessage.text("To nobody"), Audience.tag(4242),
                SendOptions.withClientMsgId("unknown-tag")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40152);
                    assertThat(e.endpoint()).isEqualTo(SENDALL);
                    assertThat(e.clientMsgId()).hasValue("unknown-tag");
                    assertThat(e.retryable()).isFalse();
                });
        assertThat(sandbox.admin().requests(SENDALL) - posts).as("not retried").isEqualTo(1);
        assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(jobsBefore);
    }

    @Test
    void send_toAnOpenIdThatDoesNotFollow_throws40003AndSendsToNobody(Sandbox sandbox) {
        Audience list = Audience.openIds(List.of(Sdk.openId(sandbox, 0), "oNotAFollowerOfThisAccount00"));

        assertThatThrownBy(() -> wx.mass().send(MassMessage.text("Hello"), list, SendOptions.generated()))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40003);
                    assertThat(e.endpoint()).isEqualTo("/cgi-bin/message/mass/send");
                });
        assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(jobsBefore);
    }

    @Test
    void send_ofADraftAlreadySent_throws40007AsTheSentDraftIsGone(Sandbox sandbox) {
        String draft = wx.media().addDraft(Sdk.articles(Sdk.thumb(wx), 1));
        wx.mass().send(MassMessage.mpNews(draft), Audience.tag(2), SendOptions.generated());

        assertThatThrownBy(() -> wx.mass().send(MassMessage.mpNews(draft), Audience.tag(2), SendOptions.generated()))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(40007));
        assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(jobsBefore + 1);
    }

    @Test
    void send_fifthToAllFollowersInAMonth_throwsATyped45028QuotaError(Sandbox sandbox) {
        for (int i = 1; i <= 4; i++) {
            wx.mass().send(MassMessage.text("Issue " + i), Audience.allFollowers(), SendOptions.generated());
        }

        assertThatThrownBy(() -> wx.mass().send(MassMessage.text("Issue 5"), Audience.allFollowers(),
                SendOptions.withClientMsgId("issue-5")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(45028);
                    assertThat(e.endpoint()).isEqualTo(SENDALL);
                    assertThat(e.clientMsgId()).hasValue("issue-5");
                    assertThat(e.code()).hasValueSatisfying(c -> assertThat(c.retryable()).isFalse());
                });
        assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(jobsBefore + 4);
    }

    @Test
    void anyCall_withAWrongAppSecret_throwsTheTokenEndpointsErrorWithoutTheSecret(Sandbox sandbox) {
        String wrongSecret = "0123456789abcdef0123456789abcdef";
        WxMass wrong = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(wrongSecret)
                .baseUrl(sandbox.baseUrl()).clock(sandbox.clock()).sleeper(new ClockSleeper(sandbox.clock())).build());
        long tagCalls = sandbox.admin().requests("/cgi-bin/tags/get");

        assertThatThrownBy(() -> wrong.audience().tags())
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40001);
                    assertThat(e.endpoint()).isEqualTo("/cgi-bin/stable_token");
                    assertThat(e.getMessage()).doesNotContain(wrongSecret);
                });
        assertThat(sandbox.admin().requests("/cgi-bin/tags/get")).as("no call without a token").isEqualTo(tagCalls);
    }
}
