package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.delivery.Recipients;
import io.wxmass.sandbox.platform.PlatformError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.wxmass.sandbox.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ClientMsgIdDedupeTest {
    private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-11T02:00:00Z"));
    private final ClientMsgIdDedupe dedupe = new ClientMsgIdDedupe(clock, 32);

    @Test
    void repeat_within60s_45066_thenWithin24h_45065WithMsgId_thenFree() {
        dedupe.record("app", "id:x", 77);
        assertRefused(() -> dedupe.check("app", "id:x"), 45066);
        clock.advance(Duration.ofSeconds(60));
        PlatformError e = assertRefused(() -> dedupe.check("app", "id:x"), 45065);
        assertThat(e.extra()).containsEntry("msg_id", 77L);
        assertThatCode(() -> dedupe.check("other-app", "id:x")).doesNotThrowAnyException();
        clock.advance(Duration.ofHours(24));
        assertThatCode(() -> dedupe.check("app", "id:x")).doesNotThrowAnyException();
    }

    @Test
    void length_countsUtf8Bytes() {
        assertThatCode(() -> dedupe.checkLength("a".repeat(32))).doesNotThrowAnyException();
        assertRefused(() -> dedupe.checkLength("群".repeat(11)), 45067); // 33 bytes
        assertThatCode(() -> dedupe.checkLength(null)).doesNotThrowAnyException();
    }

    @Test
    void contentDigest_dependsOnAudienceAndContent_andNeverEqualsAClientMsgId() {
        Audience all = new Audience(Recipients.all(5), true, "all");
        Audience tag = new Audience(Recipients.of(new int[]{1}), false, "tag:100");
        MassContent hello = new MassContent("text", List.of(), "hello");
        MassContent bye = new MassContent("text", List.of(), "bye");
        assertThat(ContentDigest.key(null, all, hello)).isEqualTo(ContentDigest.key("", all, hello))
                .isNotEqualTo(ContentDigest.key(null, tag, hello))
                .isNotEqualTo(ContentDigest.key(null, all, bye))
                .startsWith("digest:");
        assertThat(ContentDigest.key("c1", all, hello)).isEqualTo("id:c1").isEqualTo(ContentDigest.key("c1", tag, bye));
    }
}
