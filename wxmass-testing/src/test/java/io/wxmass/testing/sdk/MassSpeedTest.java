package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.mass.Speed;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/** speed/set then speed/get through the SDK, against the documented realspeed table. */
@WithSandbox(followers = 2, fixedClock = Sdk.START)
class MassSpeedTest {
    private static final String SPEED_SET = "/cgi-bin/message/mass/speed/set";

    @ParameterizedTest(name = "level {0} → realspeed {1}")
    @CsvFileSource(resources = "/sdk/realspeed.csv", numLinesToSkip = 1)
    void speed_afterSet_readsBackTheLevelAndItsRealSpeed(int level, long realSpeed, Sandbox sandbox) {
        WxMass wx = Sdk.client(sandbox);

        wx.mass().setSpeed(level);

        assertThat(wx.mass().speed()).isEqualTo(new Speed(level, realSpeed));
        assertThat(sandbox.account().speed()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 5})
    void setSpeed_outsideZeroToFour_isRefusedBeforeAnyRequest(int level, Sandbox sandbox) {
        WxMass wx = Sdk.client(sandbox);
        long sets = sandbox.admin().requests(SPEED_SET);

        assertThatThrownBy(() -> wx.mass().setSpeed(level))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("speed"));
        assertThat(sandbox.admin().requests(SPEED_SET)).isEqualTo(sets);
    }

    @Test
    void speed_ofANewAccount_isTheFastestLevel() {
        Sandbox fresh = Sandbox.builder().followers(2).instant(true).start();
        try {
            assertThat(Sdk.client(fresh).mass().speed()).isEqualTo(new Speed(0, 80));
        } finally {
            fresh.close();
        }
    }
}
