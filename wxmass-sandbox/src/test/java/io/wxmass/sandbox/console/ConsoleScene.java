package io.wxmass.sandbox.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.MediaUploads;
import io.wxmass.sandbox.testing.PlatformClient;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** What the console tests show: an account that sent an article with a mini-program card, a text, and a preview. */
final class ConsoleScene {
    static final String ADMIN_TOKEN = "console-admin-token-0123456789";
    /** A 43-character EncodingAESKey: pushes go out sealed (safe mode). */
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    final PlatformClient api;
    final long articleMsgId;
    final String follower;

    private ConsoleScene(PlatformClient api, long articleMsgId, String follower) {
        this.api = api;
        this.articleMsgId = articleMsgId;
        this.follower = follower;
    }

    static ConsoleScene sendAll(Sandbox sandbox) throws InterruptedException {
        PlatformClient api = PlatformClient.of(sandbox).login(sandbox);
        String thumb = MediaUploads.upload(api, "/cgi-bin/media/upload?type=thumb", "cover.jpg", Fixtures.resource("console/cover.jpg"))
                .get("media_id").asText();
        String image = MediaUploads.upload(api, "/cgi-bin/media/uploadimg", "cover.jpg", Fixtures.resource("console/cover.jpg"))
                .get("url").asText();
        String news = api.call("/cgi-bin/media/uploadnews",
                Fixtures.template("console/article.json", "thumb", thumb, "image", image)).get("media_id").asText();
        JsonNode sent = api.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"mpnews\":{\"media_id\":\"" + news + "\"},\"msgtype\":\"mpnews\",\"send_ignore_reprint\":1}");
        assertOk(sent);
        String follower = sandbox.account().followers().openId(3);
        assertOk(api.call("/cgi-bin/message/mass/send", "{\"touser\":[\"" + follower + "\",\""
                + sandbox.account().followers().openId(4) + "\"],\"text\":{\"content\":\"<script>alert(1)</script> 你好\"},\"msgtype\":\"text\"}"));
        assertOk(api.call("/cgi-bin/message/mass/preview",
                "{\"touser\":\"" + follower + "\",\"text\":{\"content\":\"预览 preview text\"},\"msgtype\":\"text\"}"));
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(30))).isTrue();
        return new ConsoleScene(api, sent.get("msg_id").asLong(), follower);
    }
}
