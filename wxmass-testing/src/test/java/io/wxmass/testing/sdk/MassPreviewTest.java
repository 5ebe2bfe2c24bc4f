package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import io.wxmass.sandbox.platform.PreviewLog;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Previews go to one user, by openid or by WeChat id, and never become a mass job. */
@WithSandbox(followers = 10, fixedClock = Sdk.START)
class MassPreviewTest {
    private WxMass wx;
    private int jobsBefore;

    @BeforeEach
    void client(Sandbox sandbox) {
        wx = Sdk.client(sandbox);
        jobsBefore = sandbox.admin().jobs(sandbox.appId()).size();
    }

    @Test
    void preview_toAnOpenId_reachesThatFollowerOnlyAndCreatesNoJob(Sandbox sandbox) {
        String reviewer = Sdk.openId(sandbox, 5);

        OptionalLong msgId = wx.mass().preview(MassMessage.text("Proofread me"), PreviewTarget.openId(reviewer));

        assertThat(msgId).isEmpty();
        assertThat(sandbox.admin().previews(sandbox.appId(), reviewer)).extracting(PreviewLog.Entry::msgType)
                .containsExactly("text");
        assertThat(sandbox.admin().previews(sandbox.appId(), Sdk.openId(sandbox, 6))).isEmpty();
        assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(jobsBefore);
    }

    @Test
    void preview_toAWeChatId_reachesTheFollowerWithThatId(Sandbox sandbox) {
        String wxName = sandbox.account().followers().wxName(7);
        String draft = wx.media().addDraft(Sdk.articles(Sdk.thumb(wx), 1));

        wx.mass().preview(MassMessage.mpNews(draft), PreviewTarget.wxName(wxName));

        assertThat(sandbox.admin().previews(sandbox.appId(), Sdk.openId(sandbox, 7)))
                .extracting(PreviewLog.Entry::msgType).containsExactly("mpnews");
        assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(jobsBefore);
    }
}
