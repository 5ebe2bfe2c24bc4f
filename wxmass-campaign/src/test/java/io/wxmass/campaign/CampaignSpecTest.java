package io.wxmass.campaign;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.MassMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignSpecTest {
    @Test
    void build_withANameHoldingANewlineOrEscapeCode_isRefusedNamingTheField() {
        for (String name : new String[] {"spring\nx  SENT  all  30000  forged", "red\u001B[31m", "\u202Eevil"}) {
            assertThatThrownBy(() -> CampaignSpec.builder(name, MassMessage.text("hi"), AudienceSpec.all()).build())
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("name");
                        assertThat(e.rule()).contains("control or bidi");
                    });
        }
    }

    @Test
    void build_withANameInAnyScript_keepsIt() {
        assertThat(CampaignSpec.builder("春季促销 – café", MassMessage.text("hi"), AudienceSpec.all()).build().name())
                .isEqualTo("春季促销 – café");
    }
}
