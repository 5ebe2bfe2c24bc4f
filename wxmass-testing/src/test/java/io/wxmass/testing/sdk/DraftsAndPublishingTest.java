package io.wxmass.testing.sdk;

import io.wxmass.core.WxMass;
import io.wxmass.core.message.Audience;
import io.wxmass.core.draft.ArticleType;
import io.wxmass.core.draft.Crop;
import io.wxmass.core.draft.Draft;
import io.wxmass.core.draft.DraftArticle;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.message.SendOptions;
import io.wxmass.core.mass.SendReceipt;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.publish.PublishState;
import io.wxmass.core.publish.PublishStatus;
import io.wxmass.core.publish.PublishSubmission;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import io.wxmass.sandbox.publish.Publisher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** wxmass-core's draft, publishing and mass APIs against the sandbox's draft box, freepublish and mass-send protection. */
@WithSandbox(followers = 10, fixedClock = Sdk.START)
class DraftsAndPublishingTest {
    private WxMass wx;

    @BeforeEach
    void client(Sandbox sandbox) {
        Sdk.startNextMonth(sandbox);
        wx = Sdk.client(sandbox);
    }

    private DraftArticle news(String title) {
        return DraftArticle.news().title(title).author("wxmass").content("<p>" + title + "</p>")
                .thumbMediaId(Sdk.thumb(wx)).picCrop11(Crop.of(0.1, 0, 0.9, 1)).build();
    }

    @Test
    void drafts_addGetUpdateListAndDelete_newsAndImagePosts() {
        String image = wx.media().addMaterial(MediaType.IMAGE, Sdk.file("cover.png")).mediaId();
        String mediaId = wx.drafts().add(List.of(news("One"),
                DraftArticle.imagePost().title("Pictures").content("two pictures").images(List.of(image, image)).build()));
        int count = wx.drafts().count();

        Draft draft = wx.drafts().get(mediaId);
        assertThat(draft.articles()).extracting(a -> a.title()).containsExactly("One", "Pictures");
        assertThat(draft.articles().get(1).articleType()).isEqualTo(ArticleType.NEWSPIC);
        assertThat(draft.articles().get(1).imageMediaIds()).containsExactly(image, image);
        assertThat(draft.articles().get(0).url()).isNotBlank();

        wx.drafts().update(mediaId, 0, news("One, again"));
        assertThat(wx.drafts().get(mediaId).articles().get(0).title()).isEqualTo("One, again");
        assertThat(wx.drafts().list(0, 20, true).drafts()).extracting(Draft::mediaId).contains(mediaId);

        wx.drafts().delete(mediaId);
        assertThat(wx.drafts().count()).isEqualTo(count - 1);
        assertThatThrownBy(() -> wx.drafts().get(mediaId))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(40007));
    }

    @Test
    void publishing_submitsADraft_isPublishingThenSucceeds_andReadsTheArticle(Sandbox sandbox) throws Exception {
        String mediaId = wx.drafts().add(news("Published"));

        PublishSubmission submitted = wx.publishing().submit(mediaId);
        assertThat(wx.publishing().status(submitted.publishId()).state()).isEqualTo(PublishState.PUBLISHING);
        sandbox.clock().advance(Publisher.PUBLISH_TIME);
        assertThat(sandbox.publisher().awaitSettled(Duration.ofSeconds(20))).isTrue();

        PublishStatus done = wx.publishing().status(submitted.publishId());
        assertThat(done.state()).isEqualTo(PublishState.SUCCESS);
        String articleId = done.articleId().orElseThrow();
        assertThat(wx.publishing().article(articleId)).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Published");
            assertThat(a.url()).isEqualTo(done.articleDetail().get(0).articleUrl());
        });
        assertThat(wx.publishing().list(0, 20, true).items()).anySatisfy(i -> assertThat(i.articleId()).isEqualTo(articleId));
        wx.publishing().delete(articleId, 0);
        assertThat(wx.publishing().status(submitted.publishId()).state()).isEqualTo(PublishState.DELETED_BY_USER);
    }

    @Test
    void protectedSendToAll_isAccepted_andItsStatusIsAwaitingAdminConfirmation(Sandbox sandbox) throws Exception {
        sandbox.account().massSendProtection(true);
        try {
            SendReceipt receipt = wx.mass().send(MassMessage.text("to all, after the admin"), Audience.allFollowers(),
                    SendOptions.generated());

            assertThatThrownBy(() -> wx.mass().status(receipt.msgId()))
                    .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                        assertThat(e.errcode()).isEqualTo(89504);
                        assertThat(e.awaitingAdminConfirmation()).isTrue();
                    });
            sandbox.protection().confirm(sandbox.appId(), receipt.msgId());
            assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(20))).isTrue();
            assertThat(wx.mass().status(receipt.msgId()).status().name()).isEqualTo("SEND_SUCCESS");
        } finally {
            sandbox.account().massSendProtection(false);
        }
    }
}
