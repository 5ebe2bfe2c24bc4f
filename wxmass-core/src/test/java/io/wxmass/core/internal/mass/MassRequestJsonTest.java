package io.wxmass.core.internal.mass;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.core.message.SendOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every mass request body against the platform documentation's examples (fixtures under wire/mass), as JSON trees. */
class MassRequestJsonTest {
    private static final SendOptions TAG_2 = SendOptions.withClientMsgId("send_tag_2");
    private static final SendOptions IDS = SendOptions.withClientMsgId("send_ids_1");
    private static final Audience.OpenIds TWO = (Audience.OpenIds) Audience.openIds(List.of("OPENID1", "OPENID2"));
    private static final String NEWS_ID = "123dsdajkasd231jhksad";
    private static final String VIDEO_ID = "IhdaAQXuvJtGzwwc0abfXnzeezfO0NgPK6AQYShD8RQYMTtfzbLdBIQkQziv2XJc";

    @Test
    void sendAll_mpnewsToTag_matchesSpecExample() {
        assertThat(wire(MassRequestJson.sendAll(MassMessage.mpNews(NEWS_ID), Audience.tag(2), TAG_2)))
                .isEqualTo(json("mass/sendall-mpnews-tag.json"));
    }

    @Test
    void sendAll_textToTag_matchesSpecExample() {
        assertThat(wire(MassRequestJson.sendAll(MassMessage.text("CONTENT"), Audience.tag(2), TAG_2)))
                .isEqualTo(json("mass/sendall-text-tag.json"));
    }

    @Test
    void sendAll_imagesToTag_writesImagesWithMediaIdsArrayAndFlags() {
        MassMessage images = MassMessage.images(List.of("aaa", "bbb", "ccc")).withRecommend("xxx").withComments(true, false);
        assertThat(wire(MassRequestJson.sendAll(images, Audience.tag(2), TAG_2))).isEqualTo(json("mass/sendall-images-tag.json"));
    }

    @Test
    void sendAll_voiceToTag_matchesSpecExample() {
        assertThat(wire(MassRequestJson.sendAll(MassMessage.voice(NEWS_ID), Audience.tag(2), TAG_2)))
                .isEqualTo(json("mass/sendall-voice-tag.json"));
    }

    @Test
    void sendAll_mpvideoToTag_leavesOutTitleAndDescription() {
        MassMessage video = MassMessage.mpVideo(VIDEO_ID).withTitleAndDescription("TITLE", "DESCRIPTION");
        assertThat(wire(MassRequestJson.sendAll(video, Audience.tag(2), TAG_2))).isEqualTo(json("mass/sendall-mpvideo-tag.json"));
    }

    @Test
    void sendAll_wxcardToTag_writesTagIdAsNumber() {
        assertThat(wire(MassRequestJson.sendAll(MassMessage.wxCard(NEWS_ID), Audience.tag(2), TAG_2)))
                .isEqualTo(json("mass/sendall-wxcard-tag.json"));
    }

    @Test
    void sendAll_toAllFollowers_writesIsToAllTrueWithoutTagId_andIgnoreReprint() {
        ObjectNode body = MassRequestJson.sendAll(MassMessage.mpNews(NEWS_ID), Audience.allFollowers(),
                SendOptions.withClientMsgId("send_all_1").ignoreReprint(true));
        assertThat(wire(body)).isEqualTo(json("mass/sendall-mpnews-all.json"));
    }

    @Test
    void sendAll_toTagZero_isStillATagSend() {
        ObjectNode body = MassRequestJson.sendAll(MassMessage.text("hi"), Audience.tag(0), TAG_2);
        assertThat(body.path("filter").path("is_to_all").booleanValue()).isFalse();
        assertThat(body.path("filter").path("tag_id").isIntegralNumber()).isTrue();
        assertThat(body.path("filter").path("tag_id").longValue()).isZero();
    }

    @Test
    void sendAll_givenAnOpenIdList_refusesRatherThanWidening() {
        assertThatThrownBy(() -> MassRequestJson.sendAll(MassMessage.text("hi"), TWO, TAG_2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sendToOpenIds_mpvideo_carriesTitleAndDescription() {
        MassMessage video = MassMessage.mpVideo(NEWS_ID).withTitleAndDescription("TITLE", "DESCRIPTION");
        assertThat(wire(MassRequestJson.sendToOpenIds(video, TWO, IDS))).isEqualTo(json("mass/send-mpvideo-openids.json"));
    }

    @Test
    void sendToOpenIds_text_writesTouserArray() {
        assertThat(wire(MassRequestJson.sendToOpenIds(MassMessage.text("CONTENT"), TWO, IDS)))
                .isEqualTo(json("mass/send-text-openids.json"));
    }

    @Test
    void preview_eachMessageType_matchesSpecExample() {
        PreviewTarget openId = PreviewTarget.openId("OPENID");
        assertThat(wire(MassRequestJson.preview(MassMessage.mpNews(NEWS_ID), openId))).isEqualTo(json("mass/preview-mpnews-openid.json"));
        assertThat(wire(MassRequestJson.preview(MassMessage.text("CONTENT"), openId))).isEqualTo(json("mass/preview-text-openid.json"));
        assertThat(wire(MassRequestJson.preview(MassMessage.voice(NEWS_ID), openId))).isEqualTo(json("mass/preview-voice-openid.json"));
        assertThat(wire(MassRequestJson.preview(MassMessage.image(NEWS_ID), openId))).isEqualTo(json("mass/preview-image-openid.json"));
        assertThat(wire(MassRequestJson.preview(MassMessage.mpVideo(VIDEO_ID).withTitleAndDescription("T", "D"), openId)))
                .isEqualTo(json("mass/preview-mpvideo-openid.json"));
        assertThat(wire(MassRequestJson.preview(MassMessage.wxCard(NEWS_ID), openId))).isEqualTo(json("mass/preview-wxcard-openid.json"));
    }

    @Test
    void preview_byWxName_writesTowxnameOnly() {
        assertThat(wire(MassRequestJson.preview(MassMessage.mpNews(NEWS_ID), PreviewTarget.wxName("示例的微信号"))))
                .isEqualTo(json("mass/preview-mpnews-wxname.json"));
    }

    @Test
    void preview_ofSeveralImages_isRefusedBecausePreviewShowsOne() {
        assertThatThrownBy(() -> MassRequestJson.preview(MassMessage.images(List.of("a", "b")), PreviewTarget.openId("o")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("image.media_id"));
    }

    @Test
    void delete_status_speed_matchSpecShapesWithNumericMsgId() {
        assertThat(wire(MassRequestJson.delete(30124, 2))).isEqualTo(json("mass/delete-article.json"));
        assertThat(wire(MassRequestJson.delete(30124, 0))).isEqualTo(json("mass/delete-all-articles.json"));
        assertThat(wire(MassRequestJson.deleteByUrl("https://mp.weixin.qq.com/s?__biz=MjM5&mid=1&idx=1")))
                .isEqualTo(json("mass/delete-by-url.json"));
        assertThat(wire(MassRequestJson.status(201053012))).isEqualTo(json("mass/get.json"));
        assertThat(wire(MassRequestJson.speedGet())).isEqualTo(json("mass/speed-get.json"));
        assertThat(wire(MassRequestJson.speedSet(1))).isEqualTo(json("mass/speed-set.json"));
    }
}
