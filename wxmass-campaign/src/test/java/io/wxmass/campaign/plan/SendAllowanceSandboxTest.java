package io.wxmass.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.Test;

/** The planner's allowance from quota/get, against the sandbox's own count of the day's sends. */
class SendAllowanceSandboxTest {

    private static WxMass client(Sandbox sandbox) {
        return WxMass.create(WxMassConfig.builder().baseUrl(sandbox.baseUrl()).appId(sandbox.appId())
                .appSecret(sandbox.appSecret()).build());
    }

    @Test
    void fromQuota_isWhatIsLeftToday_andSevenBatchesOnAThreeADayAccountGoByTag() {
        try (Sandbox sandbox = Sandbox.builder().followers(20).instant(true)
                .rules(RuleSettings.defaults().withDailyMassCalls(3)).start()) {
            WxMass wx = client(sandbox);
            wx.mass().send(MassMessage.text("one of three"), Audience.tag(2), SendOptions.generated());
            SendAllowance allowance = SendAllowance.fromQuota(wx);

            PlanChoice choice = new StrategyChooser(allowance).choose(DeliveryStrategy.AUTO, 7, 70_000, false);

            assertThat(allowance.sends()).isEqualTo(2);
            assertThat(choice.strategy()).isEqualTo(DeliveryStrategy.TAG);
            assertThat(choice.reason()).endsWith("7 list batches would need more than the 2 sends left today (quota/get)");
        }
    }

    @Test
    void fromQuota_whenQuotaGetDoesNotAnswer_isThePlatformsDailyFigure() {
        WxMass unreachable = WxMass.create(WxMassConfig.builder().baseUrl("http://127.0.0.1:9").appId("wxnowhere00000001")
                .appSecret("s").build());

        SendAllowance allowance = SendAllowance.fromQuota(unreachable);

        assertThat(allowance.sends()).isEqualTo(SendAllowance.PLATFORM_DAILY_SENDS);
        assertThat(allowance.describe()).isEqualTo("the 100 sends a day allows");
    }
}
