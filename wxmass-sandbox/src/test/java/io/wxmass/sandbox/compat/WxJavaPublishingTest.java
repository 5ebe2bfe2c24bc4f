package io.wxmass.sandbox.compat;

import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;
import io.wxmass.sandbox.publish.Publisher;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import io.wxmass.sandbox.testing.Fixtures;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.draft.WxMpAddDraft;
import me.chanjar.weixin.mp.bean.draft.WxMpDraftArticles;
import me.chanjar.weixin.mp.bean.draft.WxMpDraftInfo;
import me.chanjar.weixin.mp.bean.draft.WxMpDraftList;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishInfo;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishList;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishStatus;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WxJava's own draft and freepublish services (weixin-java-mp from Maven Central, unmodified) add a draft,
 * publish it and read the status; WxJava's own crypto verifies and decrypts the safe-mode PUBLISHJOBFINISH.
 */
class WxJavaPublishingTest {
    private static final String TOKEN = "wxJavaToken";
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private final List<WxMpXmlMessage> pushes = new CopyOnWriteArrayList<>();
    private Sandbox sandbox;
    private WxMpService wx;
    private CallbackReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        sandbox = Fixtures.fixedSandbox().followers(10).start();
        WxMpDefaultConfigImpl config = WxJavaClients.config(sandbox, false, TOKEN, KEY);
        wx = WxJavaClients.service(config);
        receiver = CallbackReceiver.start(request -> {
            Map<String, String> q = request.query();
            if (!wx.checkSignature(q.get("timestamp"), q.get("nonce"), q.get("signature"))) {
                return CallbackReceiver.Reply.status(403, "bad signature");
            }
            pushes.add(WxMpXmlMessage.fromEncryptedXml(request.body(), config, q.get("timestamp"), q.get("nonce"),
                    q.get("msg_signature")));
            return CallbackReceiver.Reply.ok();
        });
        sandbox.account().callback(new CallbackSettings(receiver.url(), TOKEN, KEY, "safe"));
    }

    @AfterEach
    void stop() throws InterruptedException {
        receiver.close();
        sandbox.close();
    }

    @Test
    void wxJava_addsADraft_publishesIt_readsTheStatus_andDecryptsThePush() throws Exception {
        String thumb = wx.getMaterialService().mediaUpload(WxConsts.MediaFileType.THUMB, "jpg",
                new ByteArrayInputStream(Fixtures.resource("media/tiny.jpg"))).getMediaId();
        WxMpDraftArticles article = WxMpDraftArticles.builder().title("Published by WxJava").author("wxjava")
                .digest("digest").content("<p>body</p>").thumbMediaId(thumb).needOpenComment(1)
                .onlyFansCanComment(0).build();
        String mediaId = wx.getDraftService().addDraft(WxMpAddDraft.builder().articles(List.of(article)).build());

        WxMpDraftInfo draft = wx.getDraftService().getDraft(mediaId);
        assertThat(draft.getNewsItem()).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Published by WxJava");
            assertThat(a.getThumbMediaId()).isEqualTo(thumb);
            assertThat(a.getUrl()).isNotBlank();
        });
        assertThat(wx.getDraftService().countDraft()).isEqualTo(1L);
        WxMpDraftList drafts = wx.getDraftService().listDraft(0, 10);
        assertThat(drafts.getTotalCount()).isEqualTo(1);
        assertThat(drafts.getItems().get(0).getMediaId()).isEqualTo(mediaId);

        String publishId = wx.getFreePublishService().submit(mediaId);
        assertThat(wx.getFreePublishService().getPushStatus(publishId).getPublish_status()).isEqualTo(1);
        sandbox.clock().advance(Publisher.PUBLISH_TIME);
        assertThat(sandbox.publisher().awaitSettled(Duration.ofSeconds(20))).isTrue();

        WxMpFreePublishStatus status = wx.getFreePublishService().getPushStatus(publishId);
        assertThat(status.getPublish_status()).isZero();
        assertThat(status.getArticle_id()).isNotBlank();
        assertThat(status.getArticle_detail().getCount()).isEqualTo(1);
        String url = status.getArticle_detail().getItem().get(0).getArticle_url();
        assertThat(url).startsWith("http://mp.weixin.qq.com/s/");

        WxMpFreePublishInfo published = wx.getFreePublishService().getArticleFromId(status.getArticle_id());
        assertThat(published.getNewsItem()).singleElement().satisfies(a -> {
            assertThat(a.getTitle()).isEqualTo("Published by WxJava");
            assertThat(a.getUrl()).isEqualTo(url);
            assertThat(a.getIsDeleted()).isFalse();
        });
        WxMpFreePublishList records = wx.getFreePublishService().getPublicationRecords(0, 10);
        assertThat(records.getTotalCount()).isEqualTo(1);
        assertThat(records.getItems().get(0).getArticleId()).isEqualTo(status.getArticle_id());

        assertThat(pushes).singleElement().satisfies(push -> {
            assertThat(push.getEvent()).isEqualTo("PUBLISHJOBFINISH");
            assertThat(push.getToUser()).isEqualTo(sandbox.account().originalId());
            @SuppressWarnings("unchecked")
            Map<String, Object> info = (Map<String, Object>) push.getAllFieldsMap().get("PublishEventInfo");
            assertThat(info.get("publish_id")).hasToString(publishId);
            assertThat(info.get("publish_status")).hasToString("0");
            assertThat(info.get("article_id")).hasToString(status.getArticle_id());
        });
        assertThat(wx.getDraftService().countDraft()).isZero();
    }
}
