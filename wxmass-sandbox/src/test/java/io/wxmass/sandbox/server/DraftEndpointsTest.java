package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.testing.Fixtures;
import io.wxmass.sandbox.testing.MediaUploads;
import io.wxmass.sandbox.testing.SandboxPerTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** The draft box over HTTP: add, get, update, delete, batchget and count of one account. */
class DraftEndpointsTest extends SandboxPerTest {

    private String thumb() {
        return MediaUploads.image(client);
    }

    private String addTwoArticleDraft(String thumb) {
        JsonNode added = client.call("/cgi-bin/draft/add", Fixtures.template("draft/news-two-articles.json", "thumb", thumb));
        assertOk(added);
        return added.get("media_id").asText();
    }

    private JsonNode get(String mediaId) {
        return client.call("/cgi-bin/draft/get", "{\"media_id\":\"" + mediaId + "\"}");
    }

    private int count() {
        return client.callGet("/cgi-bin/draft/count").get("total_count").asInt();
    }

    @Test
    void add_thenGet_returnsEveryArticleAsStoredWithItsUrlAndTimes() {
        String thumb = thumb();
        String mediaId = addTwoArticleDraft(thumb);

        JsonNode draft = get(mediaId);
        assertThat(draft.get("news_item")).hasSize(2);
        JsonNode first = draft.get("news_item").get(0);
        assertThat(first.get("title").asText()).isEqualTo("First of two");
        assertThat(first.get("author").asText()).isEqualTo("wxmass");
        assertThat(first.get("digest").asText()).isEqualTo("A short digest");
        assertThat(first.get("content_source_url").asText()).isEqualTo("https://example.org/read-more");
        assertThat(first.get("thumb_media_id").asText()).isEqualTo(thumb);
        assertThat(first.get("need_open_comment").asInt()).isEqualTo(1);
        assertThat(first.get("pic_crop_235_1").asText()).isEqualTo("0.1945_0_1_0.5236");
        assertThat(first.get("article_type").asText()).isEqualTo("news");
        assertThat(first.get("url").asText()).startsWith("http://mp.weixin.qq.com/s?");
        assertThat(draft.get("news_item").get(1).get("url").asText()).isNotEqualTo(first.get("url").asText());
        assertThat(draft.get("create_time").asLong()).isEqualTo(Fixtures.START.getEpochSecond());
        assertThat(draft.get("update_time").asLong()).isEqualTo(Fixtures.START.getEpochSecond());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void update_replacesTheArticleAtTheZeroBasedIndexAndMovesUpdateTime() {
        String thumb = thumb();
        String mediaId = addTwoArticleDraft(thumb);
        sandbox.clock().advance(Duration.ofMinutes(5));

        assertOk(client.call("/cgi-bin/draft/update",
                Fixtures.template("draft/update-second.json", "media_id", mediaId, "thumb", thumb)));

        JsonNode draft = get(mediaId);
        assertThat(draft.get("news_item").get(0).get("title").asText()).isEqualTo("First of two");
        assertThat(draft.get("news_item").get(1).get("title").asText()).isEqualTo("Second, rewritten");
        assertThat(draft.get("update_time").asLong() - draft.get("create_time").asLong()).isEqualTo(300);
    }

    @Test
    void update_atAnIndexBeyondTheArticles_answers40114_andOfAnUnknownDraft_40007() {
        String thumb = thumb();
        String mediaId = addTwoArticleDraft(thumb);
        String article = "{\"title\":\"t\",\"content\":\"c\",\"thumb_media_id\":\"" + thumb + "\"}";

        assertError(client.call("/cgi-bin/draft/update",
                "{\"media_id\":\"" + mediaId + "\",\"index\":2,\"articles\":" + article + "}"), 40114);
        assertError(client.call("/cgi-bin/draft/update",
                "{\"media_id\":\"" + mediaId + "\",\"index\":-1,\"articles\":" + article + "}"), 40114);
        assertError(client.call("/cgi-bin/draft/update",
                "{\"media_id\":\"nope\",\"index\":0,\"articles\":" + article + "}"), 40007);
        assertThat(get(mediaId).get("news_item").get(1).get("title").asText()).isEqualTo("Second of two");
    }

    @Test
    void delete_removesTheDraftForGood() {
        String mediaId = addTwoArticleDraft(thumb());

        assertOk(client.call("/cgi-bin/draft/delete", "{\"media_id\":\"" + mediaId + "\"}"));

        assertError(get(mediaId), 40007);
        assertError(client.call("/cgi-bin/draft/delete", "{\"media_id\":\"" + mediaId + "\"}"), 40007);
        assertThat(count()).isZero();
        JsonNode send = client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"msgtype\":\"mpnews\",\"mpnews\":{\"media_id\":\"" + mediaId
                        + "\"},\"send_ignore_reprint\":0}");
        assertError(send, 40007);
    }

    @Test
    void batchget_pagesNewestFirst_andNoContentLeavesTheBodiesOut() {
        String thumb = thumb();
        String oldest = addTwoArticleDraft(thumb);
        sandbox.clock().advance(Duration.ofSeconds(1));
        String middle = addTwoArticleDraft(thumb);
        sandbox.clock().advance(Duration.ofSeconds(1));
        String newest = addTwoArticleDraft(thumb);

        JsonNode page = client.call("/cgi-bin/draft/batchget", "{\"offset\":1,\"count\":1,\"no_content\":0}");
        assertThat(page.get("total_count").asInt()).isEqualTo(3);
        assertThat(page.get("item_count").asInt()).isEqualTo(1);
        assertThat(page.get("item").get(0).get("media_id").asText()).isEqualTo(middle);
        assertThat(page.get("item").get(0).get("content").get("news_item").get(0).has("content")).isTrue();

        JsonNode all = client.call("/cgi-bin/draft/batchget", "{\"offset\":0,\"count\":20,\"no_content\":1}");
        assertThat(all.get("item")).extracting(i -> i.get("media_id").asText()).containsExactly(newest, middle, oldest);
        assertThat(all.get("item").get(0).get("content").get("news_item").get(0).has("content")).isFalse();
        assertThat(all.get("item").get(0).get("content").get("news_item").get(0).get("title").asText())
                .isEqualTo("First of two");
        assertThat(client.call("/cgi-bin/draft/batchget", "{\"offset\":3,\"count\":5}").get("item")).isEmpty();
    }

    @Test
    void batchget_withACountOutside1To20_answers40097() {
        assertError(client.call("/cgi-bin/draft/batchget", "{\"offset\":0,\"count\":0}"), 40097);
        assertError(client.call("/cgi-bin/draft/batchget", "{\"offset\":0,\"count\":21}"), 40097);
        assertError(client.call("/cgi-bin/draft/batchget", "{\"offset\":-1,\"count\":1}"), 40097);
    }

    @Test
    void aDraftSentToFollowers_leavesTheBox() throws InterruptedException {
        String mediaId = addTwoArticleDraft(thumb());

        finished(client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"msgtype\":\"mpnews\",\"mpnews\":{\"media_id\":\"" + mediaId
                        + "\"},\"send_ignore_reprint\":0}"));

        assertError(get(mediaId), 40007);
        assertThat(count()).isZero();
    }

    @Test
    void newspic_withPermanentImages_isStored_andGetOmitsCoverInfo() {
        String a = MediaUploads.permanentImage(client);
        String b = MediaUploads.permanentImage(client);
        String c = MediaUploads.permanentImage(client);
        JsonNode added = client.call("/cgi-bin/draft/add",
                Fixtures.template("draft/newspic.json", "image1", a, "image2", b, "image3", c));
        assertOk(added);

        JsonNode item = get(added.get("media_id").asText()).get("news_item").get(0);
        assertThat(item.get("article_type").asText()).isEqualTo("newspic");
        assertThat(item.get("image_info").get("image_list")).extracting(i -> i.get("image_media_id").asText())
                .containsExactly(a, b, c);
        assertThat(item.get("product_info").get("footer_product_info").get("product_key").asText())
                .isEqualTo("sandbox-product-1");
        assertThat(item.has("cover_info")).isFalse();
        assertThat(item.has("thumb_media_id")).isFalse();
    }

    @Test
    void switch_reportsTheBoxOpen() {
        JsonNode r = client.call("/cgi-bin/draft/switch?checkonly=1", "");
        assertOk(r);
        assertThat(r.get("is_open").asInt()).isEqualTo(1);
    }
}
