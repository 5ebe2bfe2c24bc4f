package io.wxmass.sandbox.compat;

import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.testing.Fixtures;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.bean.result.WxMediaUploadResult;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.WxMpMassNews;
import me.chanjar.weixin.mp.bean.material.WxMpNewsArticle;
import me.chanjar.weixin.mp.bean.WxMpMassOpenIdsMessage;
import me.chanjar.weixin.mp.bean.WxMpMassPreviewMessage;
import me.chanjar.weixin.mp.bean.WxMpMassTagMessage;
import me.chanjar.weixin.mp.bean.result.WxMpMassSendResult;
import me.chanjar.weixin.mp.bean.result.WxMpMassSpeedGetResult;
import me.chanjar.weixin.mp.bean.result.WxMpMassUploadResult;
import me.chanjar.weixin.mp.bean.tag.WxUserTag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An unmodified public SDK (binarywang WxJava, weixin-java-mp from Maven Central) pointed at the sandbox
 * through its own host setting completes the token, tag, send, status, preview, delete and speed calls.
 */
class WxJavaCompatibilityTest {
    private Sandbox sandbox;
    private WxMpService wx;
    private Followers followers;

    @BeforeEach
    void start() {
        sandbox = Fixtures.fixedSandbox().followers(40).start();
        followers = sandbox.account().followers();
        wx = service(false);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private WxMpService service(boolean stableToken) {
        return WxJavaClients.service(WxJavaClients.config(sandbox, stableToken, null, null));
    }

    private void awaitIdle() throws InterruptedException {
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(20))).isTrue();
    }

    @Test
    void wxJava_fetchesTokensFromBothEndpoints() throws WxErrorException {
        assertThat(wx.getAccessToken()).hasSizeGreaterThan(100);
        assertThat(service(true).getAccessToken()).hasSizeGreaterThan(100);
        assertThat(sandbox.admin().requests("/cgi-bin/token")).isEqualTo(1);
        assertThat(sandbox.admin().requests("/cgi-bin/stable_token")).isEqualTo(1);
    }

    @Test
    void wxJava_createsAndListsTagsAndTagsFollowers() throws WxErrorException {
        WxUserTag created = wx.getUserTagService().tagCreate("wxjava");
        assertThat(created.getId()).isGreaterThanOrEqualTo(100);
        assertThat(wx.getUserTagService().batchTagging(created.getId(), new String[]{followers.openId(3), followers.openId(4)}))
                .isTrue();
        List<WxUserTag> tags = wx.getUserTagService().tagGet();
        assertThat(tags).anySatisfy(t -> {
            assertThat(t.getName()).isEqualTo("wxjava");
            assertThat(t.getCount()).isEqualTo(2);
        });
        assertThat(wx.getUserTagService().tagListUser(created.getId(), null).getData().getOpenidList())
                .containsExactly(followers.openId(3), followers.openId(4));
    }

    @Test
    void wxJava_sendsByTagAndByOpenIds_andReadsTheStatus() throws Exception {
        WxMpMassTagMessage tagMessage = new WxMpMassTagMessage();
        tagMessage.setMsgType(WxConsts.MassMsgType.TEXT);
        tagMessage.setContent("hello from WxJava");
        tagMessage.setTagId(101L);
        tagMessage.setClientMsgId("wxjava-tag-1");
        WxMpMassSendResult byTag = wx.getMassMessageService().massGroupMessageSend(tagMessage);
        assertThat(byTag.getMsgId()).isNotBlank();

        WxMpMassOpenIdsMessage openIds = new WxMpMassOpenIdsMessage();
        openIds.setMsgType(WxConsts.MassMsgType.TEXT);
        openIds.setContent("just you two");
        openIds.addUser(followers.openId(1));
        openIds.addUser(followers.openId(2));
        WxMpMassSendResult byOpenIds = wx.getMassMessageService().massOpenIdsMessageSend(openIds);
        awaitIdle();
        assertThat(wx.getMassMessageService().messageMassGet(Long.valueOf(byOpenIds.getMsgId())).getMsgstatus())
                .isEqualTo(JobStatus.SEND_SUCCESS.name());
        assertThat(sandbox.admin().inbox(sandbox.appId(), followers.openId(2))).hasSize(1);
    }

    @Test
    void wxJava_duplicateClientMsgId_surfacesThePlatformError() throws WxErrorException {
        WxMpMassTagMessage m = new WxMpMassTagMessage();
        m.setMsgType(WxConsts.MassMsgType.TEXT);
        m.setContent("once");
        m.setSendAll(true);
        m.setClientMsgId("wxjava-once");
        wx.getMassMessageService().massGroupMessageSend(m);
        assertThatThrownBy(() -> wx.getMassMessageService().massGroupMessageSend(m))
                .isInstanceOf(WxErrorException.class)
                .satisfies(e -> assertThat(((WxErrorException) e).getError().getErrorCode()).isEqualTo(45066));
    }

    @Test
    void wxJava_previewsToOneFollower() throws WxErrorException {
        WxMpMassPreviewMessage preview = new WxMpMassPreviewMessage();
        preview.setMsgType(WxConsts.MassMsgType.TEXT);
        preview.setContent("preview");
        preview.setToWxUserOpenid(followers.openId(6));
        wx.getMassMessageService().massMessagePreview(preview);
        assertThat(sandbox.admin().previews(sandbox.appId(), followers.openId(6))).hasSize(1);
    }

    @Test
    void wxJava_uploadsNewsSendsItAndDeletesIt() throws Exception {
        WxMediaUploadResult thumb = wx.getMaterialService().mediaUpload(WxConsts.MediaFileType.THUMB, "jpg",
                new ByteArrayInputStream(Fixtures.resource("media/tiny.jpg")));
        WxMpMassNews news = new WxMpMassNews();
        WxMpNewsArticle article = new WxMpNewsArticle();
        article.setTitle("title");
        article.setContent("<p>body</p>");
        article.setThumbMediaId(thumb.getMediaId());
        news.addArticle(article);
        WxMpMassUploadResult uploaded = wx.getMassMessageService().massNewsUpload(news);

        WxMpMassTagMessage m = new WxMpMassTagMessage();
        m.setMsgType(WxConsts.MassMsgType.MPNEWS);
        m.setMediaId(uploaded.getMediaId());
        m.setTagId(100L);
        WxMpMassSendResult sent = wx.getMassMessageService().massGroupMessageSend(m);
        assertThat(sent.getMsgDataId()).isNotBlank();
        awaitIdle();
        long msgId = Long.parseLong(sent.getMsgId());
        wx.getMassMessageService().delete(msgId, 0);
        assertThat(wx.getMassMessageService().messageMassGet(msgId).getMsgstatus()).isEqualTo("DELETE");
    }

    @Test
    void wxJava_setsAndReadsTheSpeed() throws WxErrorException {
        wx.getMassMessageService().messageMassSpeedSet(3);
        WxMpMassSpeedGetResult speed = wx.getMassMessageService().messageMassSpeedGet();
        assertThat(speed.getSpeed()).isEqualTo(3);
        assertThat(speed.getRealspeed()).isEqualTo(30);
    }
}
