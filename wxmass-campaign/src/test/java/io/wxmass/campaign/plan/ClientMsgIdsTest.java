package io.wxmass.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.campaign.ClientMsgIds;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClientMsgIdsTest {
    @Test
    void of_isDerivedFromCampaignAndBatchOnly_andFitsTheLimit() {
        String id = ClientMsgIds.of("abcdefghijklmnop", 123456);

        assertThat(id).isEqualTo("wxmabcdefghijklmnop-123456").isEqualTo(ClientMsgIds.of("abcdefghijklmnop", 123456));
        assertThat(id.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(32);
        assertThat(ClientMsgIds.of("abcdefghijklmnop", 2)).isNotEqualTo(ClientMsgIds.of("abcdefghijklmnop", 3));
    }

    @Test
    void of_whenTheResultWouldExceed32Bytes_isRefused() {
        assertThatThrownBy(() -> ClientMsgIds.of("a".repeat(30), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32-byte");
    }
}
