package io.wxmass.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.platform.MediaItem;
import io.wxmass.sandbox.platform.MediaKind;
import io.wxmass.sandbox.platform.MediaStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.wxmass.sandbox.testing.Fixtures.json;
import static io.wxmass.sandbox.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class PayloadRulesTest {
    @Test
    void read_eachMsgTypeAndItsPayload() throws Exception {
        assertThat(PayloadRules.read(json("{\"msgtype\":\"text\",\"text\":{\"content\":\"hi\"}}"), MassEndpoint.SENDALL))
                .isEqualTo(new MassContent("text", List.of(), "hi"));
        assertThat(PayloadRules.read(json("{\"msgtype\":\"mpnews\",\"mpnews\":{\"media_id\":\"m\"}}"), MassEndpoint.SENDALL).mediaIds())
                .containsExactly("m");
        assertThat(PayloadRules.read(json("{\"msgtype\":\"image\",\"images\":{\"media_ids\":[\"a\",\"b\"]}}"), MassEndpoint.SEND).mediaIds())
                .containsExactly("a", "b");
        assertThat(PayloadRules.read(json("{\"msgtype\":\"image\",\"image\":{\"media_id\":\"a\"}}"), MassEndpoint.PREVIEW).mediaIds())
                .containsExactly("a");
        assertThat(PayloadRules.read(json("{\"msgtype\":\"wxcard\",\"wxcard\":{\"card_id\":\"c\"}}"), MassEndpoint.SENDALL).text())
                .isEqualTo("c");
    }

    @Test
    void read_videoIsMpvideoOnSendOnly() throws Exception {
        JsonNode video = json("{\"msgtype\":\"video\",\"mpvideo\":{\"media_id\":\"v\"}}");
        assertThat(PayloadRules.read(video, MassEndpoint.SEND).msgType()).isEqualTo("mpvideo");
        assertRefused(() -> PayloadRules.read(video, MassEndpoint.SENDALL), 40008);
    }

    @Test
    void read_refusals() throws Exception {
        assertRefused(() -> PayloadRules.read(json("{\"msgtype\":\"fax\"}"), MassEndpoint.SEND), 45162);
        assertRefused(() -> PayloadRules.read(json("{}"), MassEndpoint.SENDALL), 40008);
        assertRefused(() -> PayloadRules.read(json("{\"msgtype\":\"text\",\"text\":{}}"), MassEndpoint.SENDALL), 44004);
        assertRefused(() -> PayloadRules.read(json("{\"msgtype\":\"text\"}"), MassEndpoint.SENDALL), 47001);
        assertRefused(() -> PayloadRules.read(json("{\"msgtype\":\"voice\",\"voice\":{}}"), MassEndpoint.SENDALL), 40007);
        String many = "[" + "\"x\",".repeat(PayloadRules.MAX_IMAGES) + "\"x\"]";
        assertRefused(() -> PayloadRules.read(json("{\"msgtype\":\"image\",\"images\":{\"media_ids\":" + many + "}}"),
                MassEndpoint.SENDALL), 40215);
    }

    @Test
    void resolveMedia_checksKindsAndReturnsArticles() {
        MediaStore store = new MediaStore(SandboxClock.fixed(Instant.parse("2026-03-11T02:00:00Z")));
        MediaItem news = store.add(MediaKind.NEWS, false, List.of("one", "two"));
        MediaItem voice = store.add(MediaKind.VOICE, false);
        assertThat(PayloadRules.resolveMedia(new MassContent("mpnews", List.of(news.mediaId()), ""), store))
                .containsExactly("one", "two");
        assertThat(PayloadRules.resolveMedia(new MassContent("voice", List.of(voice.mediaId()), ""), store)).isEmpty();
        assertRefused(() -> PayloadRules.resolveMedia(new MassContent("mpnews", List.of(voice.mediaId()), ""), store), 40007);
    }
}
