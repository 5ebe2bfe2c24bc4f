package io.wxmass.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class MassMessageTest {

    @Test
    void text_whenContentBlankOrNull_isRefusedNamingTextContent() {
        assertRefused(() -> MassMessage.text(""), "text.content");
        assertRefused(() -> MassMessage.text(" \n"), "text.content");
        assertRefused(() -> MassMessage.text(null), "text.content");
    }

    @Test
    void images_whenNoMediaIds_isRefused() {
        assertRefused(() -> MassMessage.images(List.of()), "images.media_ids");
        assertRefused(() -> MassMessage.images(null), "images.media_ids");
    }

    @Test
    void images_whenAnyMediaIdBlank_isRefused() {
        assertRefused(() -> MassMessage.images(List.of("aaa", "")), "images.media_ids");
        assertRefused(() -> MassMessage.images(Arrays.asList("aaa", null)), "images.media_ids");
    }

    @Test
    void images_whenRecommendGivenButBlank_isRefused() {
        assertRefused(() -> MassMessage.images(List.of("aaa")).withRecommend(" "), "images.recommend");
    }

    @Test
    void images_copiesTheList_andKeepsFlags() {
        List<String> ids = new ArrayList<>(List.of("aaa", "bbb"));
        MassMessage.Images images = MassMessage.images(ids).withRecommend("xxx").withComments(true, false);
        ids.clear();
        assertThat(images.mediaIds()).containsExactly("aaa", "bbb");
        assertThat(images.recommendOptional()).contains("xxx");
        assertThat(images.needOpenComment()).isTrue();
        assertThat(images.onlyFansCanComment()).isFalse();
    }

    @Test
    void mediaAndCardIds_whenBlank_areRefusedNamingTheField() {
        assertRefused(() -> MassMessage.voice(" "), "voice.media_id");
        assertRefused(() -> MassMessage.mpVideo(""), "mpvideo.media_id");
        assertRefused(() -> MassMessage.mpNews(null), "mpnews.media_id");
        assertRefused(() -> MassMessage.wxCard(""), "wxcard.card_id");
    }

    @Test
    void mpVideo_titleAndDescription_areOptionalButNeverBlank() {
        assertThat(MassMessage.mpVideo("v").titleOptional()).isEmpty();
        assertThat(MassMessage.mpVideo("v").withTitleAndDescription("T", "D").descriptionOptional()).contains("D");
        assertRefused(() -> MassMessage.mpVideo("v").withTitleAndDescription("", "D"), "mpvideo.title");
    }

    @Test
    void previewTarget_whenBlank_isRefusedNamingTheWireField() {
        assertRefused(() -> PreviewTarget.openId(""), "touser");
        assertRefused(() -> PreviewTarget.wxName(" "), "towxname");
    }

    private static void assertRefused(Executable construction, String field) {
        assertThatThrownBy(construction::execute)
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
