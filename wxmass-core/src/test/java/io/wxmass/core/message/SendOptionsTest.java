package io.wxmass.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SendOptionsTest {

    @Test
    void clientMsgId_of32AsciiBytes_isAccepted() {
        String id = "a".repeat(32);
        assertThat(SendOptions.withClientMsgId(id).clientMsgId()).isEqualTo(id);
    }

    @Test
    void clientMsgId_of33AsciiBytes_isRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> SendOptions.withClientMsgId("a".repeat(33)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("clientmsgid");
                    assertThat(e.rule()).contains("32 bytes").contains("was 33");
                });
    }

    @Test
    void clientMsgId_multibyteCharacters_areCountedInUtf8Bytes() {
        String elevenChinese = "群".repeat(11); // 11 characters, 33 bytes
        assertThat(elevenChinese.getBytes(StandardCharsets.UTF_8)).hasSize(33);
        assertThatThrownBy(() -> SendOptions.withClientMsgId(elevenChinese))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.rule()).contains("was 33"));
        String tenChineseAndTwo = "群".repeat(10) + "ab"; // 32 bytes
        assertThat(SendOptions.withClientMsgId(tenChineseAndTwo).clientMsgId()).isEqualTo(tenChineseAndTwo);
    }

    @Test
    void clientMsgId_whenBlank_isRefused() {
        assertThatThrownBy(() -> SendOptions.withClientMsgId("  "))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("clientmsgid"));
    }

    @Test
    void generated_givesFixedLengthDistinctIdsWithinTheLimit() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = SendOptions.generated().clientMsgId();
            assertThat(id).hasSize(24).matches("[A-Za-z0-9_-]+");
            assertThat(id.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SendOptions.MAX_CLIENT_MSG_ID_BYTES);
            seen.add(id);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void sendIgnoreReprint_defaultsToFalse_andIgnoreReprintKeepsTheId() {
        SendOptions options = SendOptions.withClientMsgId("batch-7");
        assertThat(options.sendIgnoreReprint()).isFalse();
        SendOptions reprint = options.ignoreReprint(true);
        assertThat(reprint.sendIgnoreReprint()).isTrue();
        assertThat(reprint.clientMsgId()).isEqualTo("batch-7");
    }
}
