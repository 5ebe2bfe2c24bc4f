package io.wxmass.core.media;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.parse;
import static io.wxmass.core.mass.WireFixtures.text;
import static io.wxmass.core.mass.WireFixtures.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.mass.ScriptedAccount;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Recorded;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploads through the real transport to a scripted platform: multipart shape, JSON bodies, answers. */
class MediaApiTest {
    private static final String UPLOAD = "/cgi-bin/media/upload";
    private static final String UPLOADIMG = "/cgi-bin/media/uploadimg";
    private static final String UPLOADNEWS = "/cgi-bin/media/uploadnews";
    private static final String UPLOADVIDEO = "/cgi-bin/media/uploadvideo";
    private static final String DRAFT = "/cgi-bin/draft/add";
    private static final String MATERIAL = "/cgi-bin/material/add_material";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private final ScriptedAccount account = ScriptedAccount.start();
    private final ScriptedPlatform platform = account.platform();
    private final MediaApi media = new MediaApi(account.transport());

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void upload_sendsTypeInQueryAndFileAsMediaField() {
        platform.always(UPLOAD, Reply.json(text("media/answer-upload-image.json")));

        UploadedMedia uploaded = media.upload(MediaType.IMAGE, MediaFile.of("cover.png", PNG));

        assertThat(uploaded).isEqualTo(new UploadedMedia("image", "MEDIA_ID", Instant.ofEpochSecond(1398848981)));
        Recorded request = platform.requests(UPLOAD).get(0);
        assertThat(request.query()).containsEntry("type", "image");
        ReceivedForm.Field file = form(request).fields().get("media");
        assertThat(file.filename()).isEqualTo("cover.png");
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.content()).isEqualTo(PNG);
    }

    @Test
    void upload_ofThumb_readsThumbMediaIdAndStringCreatedAt() {
        platform.always(UPLOAD, Reply.json(text("media/answer-upload-thumb.json")));

        UploadedMedia uploaded = media.upload(MediaType.THUMB, MediaFile.of("t.jpg", JPEG));

        assertThat(uploaded).isEqualTo(new UploadedMedia("thumb", "THUMB_MEDIA_ID", Instant.ofEpochSecond(1398848981)));
        assertThat(platform.requests(UPLOAD).get(0).query()).containsEntry("type", "thumb");
    }

    @Test
    void uploadImage_sniffsPngFromBytesNotName_andReturnsUrl() {
        platform.always(UPLOADIMG, Reply.json(text("media/answer-uploadimg.json")));

        String url = media.uploadImage(new MediaFile("named-wrong.jpg", "application/octet-stream", PNG));

        assertThat(url).isEqualTo("http://mmbiz.qpic.cn/XXXXX");
        ReceivedForm.Field file = form(platform.requests(UPLOADIMG).get(0)).fields().get("media");
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.content()).isEqualTo(PNG);
    }

    @Test
    void uploadImage_jpegJustUnderOneMegabyte_isUploaded() {
        platform.always(UPLOADIMG, Reply.json(text("media/answer-uploadimg.json")));
        byte[] image = Arrays.copyOf(JPEG, 1024 * 1024 - 1);

        media.uploadImage(MediaFile.of("a.jpg", image));

        ReceivedForm.Field file = form(platform.requests(UPLOADIMG).get(0)).fields().get("media");
        assertThat(file.contentType()).isEqualTo("image/jpeg");
        assertThat(file.content()).hasSize(1024 * 1024 - 1);
    }

    @Test
    void uploadImage_ofOneMegabyte_isRefusedWithoutUploading() {
        byte[] image = Arrays.copyOf(JPEG, 1024 * 1024);

        assertThatThrownBy(() -> media.uploadImage(MediaFile.of("a.jpg", image)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("media");
                    assertThat(e.rule()).contains("under 1 MB");
                });
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void uploadImage_ofGifNamedPng_isRefusedWithoutUploading() {
        byte[] gif = "GIF89a....".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> media.uploadImage(MediaFile.of("fake.png", gif)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.rule()).contains("jpg or png"));
        assertThatThrownBy(() -> media.uploadImage(MediaFile.of("empty.png", new byte[0])))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void uploadImage_whenPlatformRefusesType_surfaces40005() {
        platform.always(UPLOADIMG, Reply.json(text("media/error-40005.json")));

        assertThatThrownBy(() -> media.uploadImage(MediaFile.of("a.png", PNG)))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40005);
                    assertThat(e.endpoint()).isEqualTo(UPLOADIMG);
                });
    }

    @Test
    void uploadNews_postsArticles_andReadsNewsMediaId() {
        platform.always(UPLOADNEWS, Reply.json(text("media/answer-uploadnews.json")));

        UploadedMedia news = media.uploadNews(List.of(MediaRequestJsonTest.fullArticle(), MediaRequestJsonTest.minimalArticle()));

        assertThat(news).isEqualTo(new UploadedMedia("news",
                "CsEf3ldqkAYJAU6EJeIkStVDSvffUJ54vqbThMgplD-VJXXof6ctX5fI6-aYyUiQ", Instant.ofEpochSecond(1391857799)));
        assertThat(platform.requests(UPLOADNEWS).get(0).json()).isEqualTo(json("media/uploadnews.json"));
    }

    @Test
    void uploadNews_ofNineArticles_isRefusedWithoutAnyRequest() {
        assertThatThrownBy(() -> media.uploadNews(Collections.nCopies(9, MediaRequestJsonTest.minimalArticle())))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void uploadVideo_postsMediaIdTitleDescription_andReadsVideoMediaId() {
        platform.always(UPLOADVIDEO, Reply.json(text("media/answer-uploadvideo.json")));

        UploadedMedia video = media.uploadVideo("rF4UdIMfYK3efUfyoddYRMU50zMiRmmt_l0kszupYh_SzrcW5Gaheq05p_lHuOTQ",
                "TITLE", "Description");

        assertThat(video.mediaId()).isEqualTo("IhdaAQXuvJtGzwwc0abfXnzeezfO0NgPK6AQYShD8RQYMTtfzbLdBIQkQziv2XJc");
        assertThat(video.type()).isEqualTo("video");
        assertThat(platform.requests(UPLOADVIDEO).get(0).json()).isEqualTo(json("media/uploadvideo.json"));
    }

    @Test
    void uploadVideo_whenPlatformRefusesMediaId_surfaces40007() {
        platform.always(UPLOADVIDEO, Reply.json(text("media/error-40007.json")));

        assertThatThrownBy(() -> media.uploadVideo("bad"))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(40007));
        assertThat(platform.requests(UPLOADVIDEO).get(0).bodyText()).isEqualTo("{\"media_id\":\"bad\"}");
    }

    @Test
    void addDraft_postsArticles_andReturnsDraftMediaId() {
        platform.always(DRAFT, Reply.json(text("media/answer-draft-add.json")));

        assertThat(media.addDraft(List.of(MediaRequestJsonTest.fullArticle()))).isEqualTo("MEDIA_ID");
        assertThat(platform.requests(DRAFT).get(0).json()).isEqualTo(json("media/draft-add.json"));
    }

    @Test
    void addMaterial_image_returnsMediaIdAndUrl() {
        platform.always(MATERIAL, Reply.json(text("media/answer-add-material.json")));

        Material material = media.addMaterial(MediaType.IMAGE, MediaFile.of("a.png", PNG));

        assertThat(material).isEqualTo(new Material("MEDIA_ID", Optional.of("http://mmbiz.qpic.cn/YYYY")));
        assertThat(platform.requests(MATERIAL).get(0).query()).containsEntry("type", "image");
    }

    @Test
    void addVideoMaterial_sendsDescriptionField_andPlainAddMaterialRefusesVideo() {
        platform.always(MATERIAL, Reply.json("{\"media_id\":\"VIDEO_ID\"}"));

        Material material = media.addVideoMaterial(MediaFile.of("v.mp4", new byte[] {0, 0, 0, 24}), "VIDEO_TITLE", "INTRODUCTION");

        assertThat(material).isEqualTo(new Material("VIDEO_ID", Optional.empty()));
        ReceivedForm form = form(platform.requests(MATERIAL).get(0));
        assertThat(form.fields()).containsKeys("media", "description");
        assertThat(wire(parse(form.fields().get("description").text())))
                .isEqualTo(json("media/material-video-description.json"));
        assertThatThrownBy(() -> media.addMaterial(MediaType.VIDEO, MediaFile.of("v.mp4", new byte[] {1})))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("type"));
        assertThat(platform.count(MATERIAL)).isEqualTo(1);
    }

    private static ReceivedForm form(Recorded request) {
        return ReceivedForm.parse(request.header("Content-Type"), request.body());
    }
}
