package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** Spec 2.4 and docs/platform.md D1 over HTTP: clientmsgid and content-digest dedupe. */
class MassDedupeTest {
    private Sandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PlatformClient start(RuleSettings rules) {
        sandbox = Fixtures.fixedSandbox().rules(rules).start();
        return PlatformClient.of(sandbox).login(sandbox);
    }

    private static String tagSend(int tag, String text, String clientMsgId) {
        return "{\"filter\":{\"is_to_all\":false,\"tag_id\":" + tag + "},\"text\":{\"content\":\"" + text + "\"},"
                + "\"msgtype\":\"text\"" + (clientMsgId == null ? "" : ",\"clientmsgid\":\"" + clientMsgId + "\"") + "}";
    }

    @Test
    void clientMsgId_reusedWithin60Seconds_45066() {
        PlatformClient c = start(RuleSettings.defaults());
        assertOk(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "a", "batch-1")));
        sandbox.clock().advance(Duration.ofSeconds(59));
        assertError(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "a", "batch-1")), 45066);
    }

    @Test
    void clientMsgId_reusedAfter60Seconds_45065WithExistingMsgId() {
        PlatformClient c = start(RuleSettings.defaults());
        long msgId = c.call("/cgi-bin/message/mass/sendall", tagSend(100, "a", "batch-1")).get("msg_id").asLong();
        sandbox.clock().advance(Duration.ofSeconds(60));
        JsonNode again = c.call("/cgi-bin/message/mass/sendall", tagSend(101, "other content", "batch-1"));
        assertError(again, 45065);
        assertThat(again.get("msg_id").asLong()).isEqualTo(msgId);
    }

    @Test
    void clientMsgId_after24Hours_isAcceptedAgain() {
        PlatformClient c = start(RuleSettings.defaults());
        long first = c.call("/cgi-bin/message/mass/sendall", tagSend(100, "a", "batch-1")).get("msg_id").asLong();
        sandbox.clock().advance(Duration.ofHours(24));
        c.login(sandbox);
        JsonNode again = c.call("/cgi-bin/message/mass/sendall", tagSend(100, "a", "batch-1"));
        assertOk(again);
        assertThat(again.get("msg_id").asLong()).isNotEqualTo(first);
    }

    @Test
    void clientMsgId_over32Bytes_45067() {
        PlatformClient c = start(RuleSettings.defaults());
        assertOk(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "a", "x".repeat(32))));
        assertError(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "b", "x".repeat(33))), 45067);
    }

    @Test
    void clientMsgId_limitConfigurableTo64Bytes() {
        PlatformClient c = start(RuleSettings.defaults().withClientMsgIdMaxBytes(64));
        assertOk(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "a", "y".repeat(64))));
        assertError(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "b", "y".repeat(65))), 45067);
    }

    @Test
    void digest_sameContentSameAudienceWithoutClientMsgId_isDeduped() {
        PlatformClient c = start(RuleSettings.defaults());
        long msgId = c.call("/cgi-bin/message/mass/sendall", tagSend(100, "same", null)).get("msg_id").asLong();
        assertError(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "same", null)), 45066);
        sandbox.clock().advance(Duration.ofMinutes(2));
        JsonNode again = c.call("/cgi-bin/message/mass/sendall", tagSend(100, "same", null));
        assertError(again, 45065);
        assertThat(again.get("msg_id").asLong()).isEqualTo(msgId);
    }

    @Test
    void digest_sameContentOtherAudience_isAccepted() {
        PlatformClient c = start(RuleSettings.defaults());
        assertOk(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "same", null)));
        assertOk(c.call("/cgi-bin/message/mass/sendall", tagSend(101, "same", null)));
        assertOk(c.call("/cgi-bin/message/mass/sendall", tagSend(100, "different", null)));
    }
}
