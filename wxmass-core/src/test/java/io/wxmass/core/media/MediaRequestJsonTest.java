package io.wxmass.core.media;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaRequestJsonTest {
    static final String THUMB = "qI6_Ze_6PtV7svjolgs-rN6stStuHIjs9_DidOHaj0Q-mwvBelOXCFZiq2OsIU-p";

    static Article fullArticle() {
        return Article.builder().title("Happy Day").thumbMediaId(THUMB).author("xxx").content("<p>content</p>")
                .contentSourceUrl("www.qq.com").digest("digest").showCoverPic(true)
                .needOpenComment(true).onlyFansCanComment(true).build();
    }

    static Article minimalArticle() {
        return Article.builder().title("Happy Day").thumbMediaId(THUMB).content("<p>content</p>").build();
    }

    @Test
    void uploadNews_writesEveryArticleField_andOmitsAbsentOptionals() {
        assertThat(wire(MediaRequestJson.uploadNews(List.of(fullArticle(), minimalArticle()))))
                .isEqualTo(json("media/uploadnews.json"));
    }

    @Test
    void articles_whenNoneOrMoreThanEight_areRefused() {
        assertThatThrownBy(() -> MediaRequestJson.uploadNews(List.of()))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("articles");
                    assertThat(e.rule()).contains("1 to 8");
                });
        assertThatThrownBy(() -> MediaRequestJson.uploadNews(Collections.nCopies(9, minimalArticle())))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.rule()).contains("got 9"));
        assertThat(MediaRequestJson.uploadNews(Collections.nCopies(8, minimalArticle())).path("articles")).hasSize(8);
    }

    @Test
    void article_whenRequiredFieldMissing_isRefusedNamingIt() {
        assertThatThrownBy(() -> Article.builder().thumbMediaId(THUMB).content("c").build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("articles.title"));
        assertThatThrownBy(() -> Article.builder().title("t").content("c").build())
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("articles.thumb_media_id"));
        assertThatThrownBy(() -> Article.builder().title("t").thumbMediaId(THUMB).content(" ").build())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("articles.content"));
    }

    @Test
    void uploadVideo_andVideoDescription_matchDocumentedShapes() {
        assertThat(wire(MediaRequestJson.uploadVideo(
                "rF4UdIMfYK3efUfyoddYRMU50zMiRmmt_l0kszupYh_SzrcW5Gaheq05p_lHuOTQ", "TITLE", "Description")))
                .isEqualTo(json("media/uploadvideo.json"));
        assertThat(wire(MediaRequestJson.videoDescription("VIDEO_TITLE", "INTRODUCTION")))
                .isEqualTo(json("media/material-video-description.json"));
    }
}
