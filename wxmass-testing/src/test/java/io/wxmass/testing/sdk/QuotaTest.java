package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.core.message.SendOptions;
import io.wxmass.core.quota.ApiQuota;
import io.wxmass.core.quota.QuotaWindow;
import io.wxmass.core.quota.RequestIds;
import io.wxmass.core.quota.RequestRecord;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.embed.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * quota/get and clear_quota against the sandbox's own counters and clock: sendall and send share the day's
 * calls (45065 answers count, previews do not), and the day turns at 00:00 Asia/Shanghai.
 */
class QuotaTest {
    /** 23:30 in Beijing. */
    private static final Instant LATE_EVENING = Instant.parse("2026-03-11T15:30:00Z");

    private final Sandbox sandbox = Sandbox.builder().clock(SandboxClock.fixed(LATE_EVENING)).instant(true).followers(10)
            .rules(RuleSettings.defaults().withDailyMassCalls(3)).start();
    private final WxMass wx = Sdk.client(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Audience pair() {
        return Audience.openIds(List.of(Sdk.openId(sandbox, 0), Sdk.openId(sandbox, 1)));
    }

    @Test
    void get_countsSendallAndSendAnd45066And45065_notPreviews() {
        wx.mass().send(MassMessage.text("one"), pair(), SendOptions.withClientMsgId("q-1"));
        // Within the minute: 45066, the SDK waits a minute (on the sandbox clock) and re-posts: 45065, a duplicate.
        assertThat(wx.mass().send(MassMessage.text("one"), pair(), SendOptions.withClientMsgId("q-1")).duplicate()).isTrue();
        wx.mass().preview(MassMessage.text("look"), PreviewTarget.openId(Sdk.openId(sandbox, 0)));

        ApiQuota send = wx.quota().get(Endpoints.MASS_SEND);
        ApiQuota sendall = wx.quota().get(Endpoints.MASS_SENDALL);

        assertThat(send.dailyLimit()).isEqualTo(3);
        assertThat(send.used()).isEqualTo(3);
        assertThat(send.remain()).isZero();
        assertThat(sendall).usingRecursiveComparison().ignoringFields("cgiPath").isEqualTo(send);
        assertThat(send.rateLimit()).hasValueSatisfying(r -> assertThat(r.callCount()).isEqualTo(60));
    }

    @Test
    void get_theDayTurnsAtMidnightInBeijing_notBefore() {
        for (int i = 1; i <= 3; i++) {
            wx.mass().send(MassMessage.text("n" + i), pair(), SendOptions.withClientMsgId("day-" + i));
        }
        assertThatThrownBy(() -> wx.mass().send(MassMessage.text("n4"), pair(), SendOptions.withClientMsgId("day-4")))
                .isInstanceOfSatisfying(WeChatApiException.class,
                        e -> assertThat(QuotaWindow.of(e)).contains(QuotaWindow.DAY));

        sandbox.clock().advance(Duration.ofMinutes(29)); // 23:59
        assertThat(wx.quota().get(Endpoints.MASS_SEND).remain()).isZero();

        sandbox.clock().advance(Duration.ofMinutes(2)); // 00:01 the next day
        assertThat(wx.quota().get(Endpoints.MASS_SEND).remain()).isEqualTo(3);
        assertThat(wx.mass().send(MassMessage.text("n4"), pair(), SendOptions.withClientMsgId("day-4")).duplicate()).isFalse();
        assertThat(wx.quota().get(Endpoints.MASS_SEND).used()).isEqualTo(1);
    }

    @Test
    void clearQuota_resetsTheDay_andThe11thThisMonthIs48006() {
        for (int i = 1; i <= 3; i++) {
            wx.mass().send(MassMessage.text("c" + i), pair(), SendOptions.withClientMsgId("clear-" + i));
        }

        wx.quota().clearQuota();
        assertThat(wx.quota().get(Endpoints.MASS_SEND).remain()).isEqualTo(3);
        for (int i = 2; i <= 10; i++) {
            wx.quota().clearQuota();
        }
        assertThatThrownBy(() -> wx.quota().clearQuota()).isInstanceOfSatisfying(WeChatApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(48006));
    }

    @Test
    void get_anUnknownPath_is76021_andATabledOneHasItsPublishedLimit() {
        assertThatThrownBy(() -> wx.quota().get("/cgi-bin/no/such/api")).isInstanceOfSatisfying(WeChatApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(76021));
        assertThat(wx.quota().get(Endpoints.DRAFT_ADD).dailyLimit()).isEqualTo(1000);
    }

    @Test
    void rid_ofARefusal_returnsWhatThePlatformRecorded_forSevenDays() {
        for (int i = 1; i <= 3; i++) {
            wx.mass().send(MassMessage.text("r" + i), pair(), SendOptions.withClientMsgId("rid-" + i));
        }
        WeChatApiException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> wx.mass().send(MassMessage.text("r4"), pair(), SendOptions.withClientMsgId("rid-4")),
                WeChatApiException.class);
        String rid = RequestIds.fromErrmsg(refusal.errmsg()).orElseThrow();

        RequestRecord record = wx.quota().rid(rid);

        assertThat(record.requestUrl()).startsWith("/cgi-bin/message/mass/send").doesNotContain(wx.tokens().current().value());
        assertThat(record.requestBody()).contains("rid-4");
        assertThat(record.responseBody()).contains("45009").contains(rid);
        assertThat(record.invokeTime()).isEqualTo(sandbox.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        sandbox.clock().advance(Duration.ofDays(8));
        assertThatThrownBy(() -> wx.quota().rid(rid)).isInstanceOfSatisfying(WeChatApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(76001));
    }
}
