package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.draft.ArticleType;
import io.wxmass.core.draft.Crop;
import io.wxmass.core.draft.Draft;
import io.wxmass.core.draft.DraftArticle;
import io.wxmass.core.draft.StoredArticle;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** wx.drafts() against the sandbox's draft box over HTTP: the lifecycle and the one-send rule (D17). */
@WithSandbox(followers = 4, fixedClock = Sdk.START)
class DraftBoxTest {
    private WxMass wx;
    private String body;

    @BeforeEach
    void client(Sandbox sandbox) {
        Sdk.startNextMonth(sandbox);
        wx = Sdk.client(sandbox);
        body = new String(Sdk.resource("article.html"), StandardCharsets.UTF_8);
    }

    private DraftArticle.Builder news(String title) {
        return DraftArticle.news().title(title).author("wxmass").content(body).thumbMediaId(Sdk.thumb(wx));
    }

    @Test
    void addGetUpdateListCountDelete_followADraftThroughTheBox() {
        int before = wx.drafts().count();
        String mediaId = wx.drafts().add(List.of(news("Part one").picCrop235(Crop.parse("0.1945_0_1_0.5236")).build(),
                news("Part two").build()));

        Draft draft = wx.drafts().get(mediaId);
        wx.drafts().update(mediaId, 1, news("Part two, revised").build());
        List<String> titles = wx.drafts().get(mediaId).articles().stream().map(StoredArticle::title).toList();
        List<String> listed = wx.drafts().all(true).map(Draft::mediaId).toList();
        int during = wx.drafts().count();
        wx.drafts().delete(mediaId);

        assertThat(draft.articles()).extracting(StoredArticle::title).containsExactly("Part one", "Part two");
        assertThat(draft.articles().get(0).articleType()).isEqualTo(ArticleType.NEWS);
        assertThat(titles).containsExactly("Part one", "Part two, revised");
        assertThat(listed).contains(mediaId);
        assertThat(during).isEqualTo(before + 1);
        assertThat(wx.drafts().count()).isEqualTo(before);
        assertThatThrownBy(() -> wx.drafts().get(mediaId))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(40007));
    }

    @Test
    void imagePost_isStoredWithItsImages() {
        String image = wx.media().addMaterial(MediaType.IMAGE, Sdk.file("cover.png")).mediaId();

        String mediaId = wx.drafts().add(DraftArticle.imagePost().title("Photos").content("Our week")
                .image(image).build());

        StoredArticle stored = wx.drafts().get(mediaId).articles().get(0);
        assertThat(stored.articleType()).isEqualTo(ArticleType.NEWSPIC);
        assertThat(stored.imageMediaIds()).containsExactly(image);
    }

    @Test
    void draftMediaId_servesOneSend_thenAnswers40007() {
        String mediaId = wx.drafts().add(news("Once").build());
        MassMessage message = MassMessage.mpNews(mediaId);

        wx.mass().send(message, Audience.allFollowers(), SendOptions.generated().ignoreReprint(true));

        assertThatThrownBy(() -> wx.mass().send(message, Audience.allFollowers(), SendOptions.generated()))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(40007));
    }
}
