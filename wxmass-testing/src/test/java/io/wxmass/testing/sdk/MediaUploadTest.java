package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.WxMass;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.media.MediaFile;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.media.UploadedMedia;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import io.wxmass.sandbox.platform.MediaItem;
import io.wxmass.sandbox.platform.MediaKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads through the SDK land in the sandbox's media store as the media a send can use. */
@WithSandbox(followers = 2, fixedClock = Sdk.START)
class MediaUploadTest {
    private static final String UPLOADIMG = "/cgi-bin/media/uploadimg";

    private WxMass wx;

    @BeforeEach
    void client(Sandbox sandbox) {
        wx = Sdk.client(sandbox);
    }

    @Test
    void uploadImage_ofAPng_returnsAUrlServingTheSameBytes() throws IOException, InterruptedException {
        byte[] png = Sdk.resource("cover.png");

        String url = wx.media().uploadImage(MediaFile.of("cover.png", png));

        HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(png);
    }

    @Test
    void uploadImage_ofOneMegabyteOrMore_isRefusedBeforeAnyRequest(Sandbox sandbox) {
        byte[] png = Sdk.resource("cover.png");
        byte[] oversize = Arrays.copyOf(png, 1024 * 1024);
        long uploads = sandbox.admin().requests(UPLOADIMG);

        assertThatThrownBy(() -> wx.media().uploadImage(MediaFile.of("big.png", oversize)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("media"));
        assertThat(sandbox.admin().requests(UPLOADIMG)).isEqualTo(uploads);
    }

    @Test
    void uploadImage_ofAGifNamedPng_isRefusedBeforeAnyRequest(Sandbox sandbox) {
        long uploads = sandbox.admin().requests(UPLOADIMG);

        assertThatThrownBy(() -> wx.media().uploadImage(MediaFile.of("renamed.png", Sdk.resource("tiny.gif"))))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("media"));
        assertThat(sandbox.admin().requests(UPLOADIMG)).isEqualTo(uploads);
    }

    @Test
    void upload_ofATemporaryImage_returnsItsMediaIdAndTheSandboxsCreationTime(Sandbox sandbox) {
        UploadedMedia image = wx.media().upload(MediaType.IMAGE, Sdk.file("cover.png"));

        assertThat(image.type()).isEqualTo("image");
        assertThat(image.createdAt()).isEqualTo(sandbox.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        assertThat(stored(sandbox, image.mediaId()).kind()).isEqualTo(MediaKind.IMAGE);
    }

    @Test
    void upload_ofEachTemporaryType_isStoredAsThatType(Sandbox sandbox) {
        assertThat(wx.media().upload(MediaType.VOICE, Sdk.file("voice.amr")).type()).isEqualTo("voice");
        assertThat(wx.media().upload(MediaType.VIDEO, Sdk.file("clip.mp4")).type()).isEqualTo("video");
        UploadedMedia thumb = wx.media().upload(MediaType.THUMB, Sdk.file("thumb.jpg"));
        assertThat(thumb.type()).isEqualTo("thumb");
        assertThat(stored(sandbox, thumb.mediaId()).kind()).isEqualTo(MediaKind.THUMB);
    }

    @Test
    void uploadNews_ofTwoArticles_storesNewsWithBothArticles(Sandbox sandbox) {
        UploadedMedia news = wx.media().uploadNews(Sdk.articles(Sdk.thumb(wx), 2));

        assertThat(news.type()).isEqualTo("news");
        MediaItem item = stored(sandbox, news.mediaId());
        assertThat(item.kind()).isEqualTo(MediaKind.NEWS);
        assertThat(item.articles()).hasSize(2).allSatisfy(text -> assertThat(text).contains("Spring issue, part"));
    }

    @Test
    void uploadNews_withNineArticles_isRefusedBeforeAnyRequest(Sandbox sandbox) {
        String thumb = Sdk.thumb(wx);
        long uploads = sandbox.admin().requests("/cgi-bin/media/uploadnews");

        assertThatThrownBy(() -> wx.media().uploadNews(Sdk.articles(thumb, 9)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("articles"));
        assertThat(sandbox.admin().requests("/cgi-bin/media/uploadnews")).isEqualTo(uploads);
    }

    @Test
    void uploadVideo_ofAnUploadedVideo_returnsAnMpvideoMediaId(Sandbox sandbox) {
        UploadedMedia video = wx.media().upload(MediaType.VIDEO, Sdk.file("clip.mp4"));

        UploadedMedia mpvideo = wx.media().uploadVideo(video.mediaId(), "Store tour");

        assertThat(mpvideo.type()).isEqualTo("video");
        assertThat(mpvideo.mediaId()).isNotEqualTo(video.mediaId());
        assertThat(stored(sandbox, mpvideo.mediaId()).kind()).isEqualTo(MediaKind.MPVIDEO);
    }

    @Test
    void uploadVideo_ofAnUnknownMediaId_throws40007() {
        assertThatThrownBy(() -> wx.media().uploadVideo("no-such-video", "t", "d"))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40007);
                    assertThat(e.endpoint()).isEqualTo("/cgi-bin/media/uploadvideo");
                });
    }

    private static MediaItem stored(Sandbox sandbox, String mediaId) {
        return sandbox.account().media().find(mediaId)
                .orElseThrow(() -> new AssertionError("the sandbox does not hold media " + mediaId));
    }
}
