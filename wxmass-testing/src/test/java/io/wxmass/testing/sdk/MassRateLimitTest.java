package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.http.RateLimiter;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform allows 60 mass requests per account in a rolling minute. The SDK's limiter runs on the clock it
 * shares with the sandbox, so its wait is the very minute the sandbox counts: the 61st send waits, it is not refused.
 */
@WithSandbox(followers = 10, fixedClock = Sdk.START)
class MassRateLimitTest {
    private static final String SEND = "/cgi-bin/message/mass/send";

    private Audience pair;

    @BeforeEach
    void freshMonth(Sandbox sandbox) {
        Sdk.startNextMonth(sandbox);
        pair = Audience.openIds(List.of(Sdk.openId(sandbox, 0), Sdk.openId(sandbox, 1)));
    }

    @Test
    void send_61WithinAMinute_theSdkHoldsTheLastOneBackAMinuteAndNoneIsRefused(Sandbox sandbox) {
        ClockSleeper sleeper = new ClockSleeper(sandbox.clock());
        WxMass wx = Sdk.client(sandbox, sleeper);
        Instant start = sandbox.clock().instant();
        long posts = sandbox.admin().requests(SEND);

        List<SendReceipt> receipts = new ArrayList<>();
        for (int i = 1; i <= 61; i++) {
            receipts.add(wx.mass().send(MassMessage.text("Reminder " + i), pair, SendOptions.generated()));
        }

        assertThat(receipts).extracting(SendReceipt::duplicate).containsOnly(false);
        assertThat(sandbox.admin().requests(SEND) - posts).as("every send posted once, none refused").isEqualTo(61);
        assertThat(sleeper.waits()).containsExactly(Duration.ofMinutes(1));
        assertThat(sandbox.admin().job(sandbox.appId(), receipts.get(59).msgId()).orElseThrow().createdAt())
                .isEqualTo(start);
        assertThat(sandbox.admin().job(sandbox.appId(), receipts.get(60).msgId()).orElseThrow().createdAt())
                .isEqualTo(start.plus(Duration.ofMinutes(1)));
    }

    @Test
    void send_61WithinAMinuteWithoutALimiter_theSandboxRefusesThe61stWithATyped45009(Sandbox sandbox) {
        RateLimiter unlimited = appId -> { };
        WxMass wx = WxMass.create(Sdk.config(sandbox, new ClockSleeper(sandbox.clock())).rateLimiter(unlimited).build());
        for (int i = 1; i <= 60; i++) {
            wx.mass().send(MassMessage.text("Reminder " + i), pair, SendOptions.generated());
        }
        long posts = sandbox.admin().requests(SEND);

        assertThatThrownBy(() -> wx.mass().send(MassMessage.text("One too many"), pair,
                SendOptions.withClientMsgId("one-too-many")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(45009);
                    assertThat(e.endpoint()).isEqualTo(SEND);
                    assertThat(e.clientMsgId()).hasValue("one-too-many");
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.code()).isPresent();
                });
        assertThat(sandbox.admin().requests(SEND) - posts).as("a refusal is not retried").isEqualTo(1);
    }
}
