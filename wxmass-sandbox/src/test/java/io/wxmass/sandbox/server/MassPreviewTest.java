package io.wxmass.sandbox.server;

import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.testing.SandboxPerTest;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.testing.MediaUploads;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** mass/preview (docs/platform.md §1.7, docs/platform.md D12). */
class MassPreviewTest extends SandboxPerTest {

    @Override
    protected SandboxBuilder configure(SandboxBuilder builder) {
        return builder.rules(RuleSettings.defaults().withPreviewWxNamePerDay(2));
    }

    @Test
    void preview_toOpenId_reachesThatFollowerOnly_andAnswersErrcodeOnly() {
        var r = client.call("/cgi-bin/message/mass/preview", "{\"touser\":\"" + followers.openId(4)
                + "\",\"text\":{\"content\":\"p\"},\"msgtype\":\"text\"}");
        assertOk(r);
        assertThat(r.has("msg_id")).isFalse();
        assertThat(sandbox.admin().previews(sandbox.appId(), followers.openId(4))).singleElement()
                .satisfies(e -> assertThat(e.msgType()).isEqualTo("text"));
        assertThat(sandbox.admin().previews(sandbox.appId(), followers.openId(5))).isEmpty();
        assertThat(sandbox.admin().inbox(sandbox.appId(), followers.openId(4))).isEmpty(); // not a mass message
    }

    @Test
    void preview_withTowxnameAndTouser_towxnameWins() {
        String image = MediaUploads.image(client);
        assertOk(client.call("/cgi-bin/message/mass/preview", "{\"touser\":\"" + followers.openId(1) + "\",\"towxname\":\""
                + followers.wxName(2) + "\",\"image\":{\"media_id\":\"" + image + "\"},\"msgtype\":\"image\"}"));
        assertThat(sandbox.admin().previews(sandbox.appId(), followers.openId(2))).hasSize(1);
        assertThat(sandbox.admin().previews(sandbox.appId(), followers.openId(1))).isEmpty();
    }

    @Test
    void preview_byTowxnameBeyondTheDailyLimit_45009() {
        String body = "{\"towxname\":\"" + followers.wxName(3) + "\",\"text\":{\"content\":\"p\"},\"msgtype\":\"text\"}";
        assertOk(client.call("/cgi-bin/message/mass/preview", body));
        assertOk(client.call("/cgi-bin/message/mass/preview", body));
        assertError(client.call("/cgi-bin/message/mass/preview", body), 45009);
        assertOk(client.call("/cgi-bin/message/mass/preview", "{\"touser\":\"" + followers.openId(3)
                + "\",\"text\":{\"content\":\"p\"},\"msgtype\":\"text\"}"));
        sandbox.clock().advance(Duration.ofDays(1));
        client.login(sandbox);
        assertOk(client.call("/cgi-bin/message/mass/preview", body));
    }

    @Test
    void preview_toSomeoneWhoDoesNotFollow_40003() {
        assertError(client.call("/cgi-bin/message/mass/preview",
                "{\"touser\":\"oStranger\",\"text\":{\"content\":\"p\"},\"msgtype\":\"text\"}"), 40003);
        assertError(client.call("/cgi-bin/message/mass/preview",
                "{\"towxname\":\"wxid_nobody\",\"text\":{\"content\":\"p\"},\"msgtype\":\"text\"}"), 40003);
    }
}
