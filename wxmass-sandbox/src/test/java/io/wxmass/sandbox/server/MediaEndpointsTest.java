package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.SandboxPerTest;
import io.wxmass.sandbox.testing.MediaUploads;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Media endpoints (docs/platform.md §1.2-1.4, 1.12, 2.5). */
class MediaEndpointsTest extends SandboxPerTest {
    @Test
    void mediaUpload_temporaryImage_answersTypeMediaIdAndCreatedAt() {
        JsonNode r = MediaUploads.upload(client, "/cgi-bin/media/upload?type=image", "a.png", Fixtures.resource("media/tiny.png"));
        assertThat(r.get("type").asText()).isEqualTo("image");
        assertThat(r.get("media_id").asText()).isNotBlank();
        assertThat(r.get("created_at").asLong()).isEqualTo(Fixtures.START.getEpochSecond());
    }

    @Test
    void mediaUpload_unknownType_40004_andBytesNotOfTheType_40005() {
        assertError(MediaUploads.upload(client, "/cgi-bin/media/upload?type=sticker", "a.png",
                Fixtures.resource("media/tiny.png")), 40004);
        assertError(MediaUploads.upload(client, "/cgi-bin/media/upload?type=voice", "a.mp3",
                Fixtures.resource("media/tiny.png")), 40005);
        assertError(MediaUploads.upload(client, "/cgi-bin/media/upload?type=thumb", "a.jpg",
                Fixtures.resource("media/tiny.png")), 40005);
    }

    @Test
    void addMaterial_permanentImage_returnsMediaIdAndUrl() {
        JsonNode r = MediaUploads.upload(client, "/cgi-bin/material/add_material?type=image", "a.jpg",
                Fixtures.resource("media/tiny.jpg"));
        assertThat(r.get("media_id").asText()).isNotBlank();
        assertThat(r.get("url").asText()).startsWith(sandbox.baseUrl() + "/mmbiz/");
        JsonNode voice = MediaUploads.upload(client, "/cgi-bin/material/add_material?type=voice", "v.amr",
                Fixtures.resource("media/voice.amr"));
        assertThat(voice.get("media_id").asText()).isNotBlank();
    }

    @Test
    void uploadImg_png_returnsAUrlTheSandboxServes() {
        byte[] png = Fixtures.resource("media/tiny.png");
        JsonNode r = MediaUploads.upload(client, "/cgi-bin/media/uploadimg", "in-article.png", png);
        assertThat(r.get("errcode").asInt()).isZero();
        HttpResponse<byte[]> served = client.raw(HttpRequest.newBuilder(URI.create(r.get("url").asText())).GET());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(served.body()).isEqualTo(png);
    }

    @Test
    void uploadImg_gif_40005_evenWhenNamedPng() {
        assertError(MediaUploads.upload(client, "/cgi-bin/media/uploadimg", "fake.png", Fixtures.resource("media/tiny.gif")), 40005);
    }

    @Test
    void uploadImg_ofOneMegabyte_40009() {
        byte[] png = Fixtures.resource("media/tiny.png");
        byte[] big = Arrays.copyOf(png, 1024 * 1024);
        assertError(MediaUploads.upload(client, "/cgi-bin/media/uploadimg", "big.png", big), 40009);
    }

    @Test
    void uploadNews_articleCount_mustBe1To8() {
        String thumb = MediaUploads.image(client);
        assertError(client.call("/cgi-bin/media/uploadnews", "{\"articles\":[]}"), 44003);
        String[] nine = new String[9];
        Arrays.fill(nine, "body");
        assertError(client.call("/cgi-bin/media/uploadnews", MediaUploads.articles(thumb, nine)), 45008);
        String[] eight = Arrays.copyOf(nine, 8);
        JsonNode ok = client.call("/cgi-bin/media/uploadnews", MediaUploads.articles(thumb, eight));
        assertThat(ok.get("type").asText()).isEqualTo("news");
        assertThat(ok.get("media_id").asText()).isNotBlank();
    }

    @Test
    void uploadNews_articleWithoutTitleOrWithUnknownThumb_isRefused() {
        String thumb = MediaUploads.image(client);
        assertError(client.call("/cgi-bin/media/uploadnews", "{\"articles\":[{\"thumb_media_id\":\"" + thumb
                + "\",\"content\":\"c\"}]}"), 44003);
        assertError(client.call("/cgi-bin/media/uploadnews", MediaUploads.articles("unknown-thumb", "c")), 40007);
    }

    @Test
    void draftAdd_returnsMediaId() {
        JsonNode r = client.call("/cgi-bin/draft/add", MediaUploads.articles(MediaUploads.image(client), "draft"));
        assertThat(r.get("media_id").asText()).isNotBlank();
    }

    @Test
    void uploadVideo_convertsAVideo_andRefusesOtherMedia_40007() {
        assertThat(MediaUploads.mpvideo(client)).isNotBlank();
        assertError(client.call("/cgi-bin/media/uploadvideo", "{\"media_id\":\"" + MediaUploads.image(client)
                + "\",\"title\":\"t\",\"description\":\"d\"}"), 40007);
    }
}
