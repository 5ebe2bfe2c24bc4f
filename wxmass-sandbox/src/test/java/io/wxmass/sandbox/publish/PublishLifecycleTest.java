package io.wxmass.sandbox.publish;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.PublishJobFinished;
import io.wxmass.core.publish.PublishState;
import io.wxmass.core.publish.PublishedArticleUrl;
import io.wxmass.sandbox.config.AccountSpec;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.delivery.EncryptMode;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.receiver.PushCapture;
import io.wxmass.sandbox.testing.PlatformClient;
import io.wxmass.sandbox.testing.MediaUploads;
import io.wxmass.sandbox.testing.SandboxPerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** freepublish over HTTP, with PUBLISHJOBFINISH pushed to a receiver that reads it with core's CallbackHandler. */
class PublishLifecycleTest extends SandboxPerTest {
    private static final String TOKEN = "publishToken";
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String REFUSED_WORD = "加微信领红包";

    private PushCapture receiver;

    @Override
    protected SandboxBuilder configure(SandboxBuilder builder) {
        return builder.rules(RuleSettings.defaults().withModeration(Map.of(REFUSED_WORD, 10001)));
    }

    @AfterEach
    void stopReceiver() throws InterruptedException {
        if (receiver != null) {
            receiver.close();
        }
    }

    private void pushTo(EncryptMode mode) throws Exception {
        receiver = PushCapture.start(sandbox, TOKEN, KEY, mode);
    }

    private List<CallbackEvent> events() {
        return receiver == null ? List.of() : receiver.events();
    }

    private String draft(String secondContent) {
        JsonNode added = client.call("/cgi-bin/draft/add", MediaUploads.articles(MediaUploads.image(client),
                "<p>first</p>", secondContent));
        assertOk(added);
        return added.get("media_id").asText();
    }

    private String submit(String mediaId) {
        JsonNode submitted = client.call("/cgi-bin/freepublish/submit", "{\"media_id\":\"" + mediaId + "\"}");
        assertOk(submitted);
        assertThat(submitted.get("msg_data_id").asText()).isNotBlank();
        return submitted.get("publish_id").asText();
    }

    private JsonNode status(String publishId) {
        return client.call("/cgi-bin/freepublish/get", "{\"publish_id\":\"" + publishId + "\"}");
    }

    private void finishPublishing() throws InterruptedException {
        sandbox.clock().advance(Publisher.PUBLISH_TIME);
        assertThat(sandbox.publisher().awaitSettled(Duration.ofSeconds(20))).isTrue();
    }

    private PublishJobFinished pushed() {
        assertThat(events()).hasSize(1);
        return (PublishJobFinished) events().get(0);
    }

    @ParameterizedTest
    @EnumSource(EncryptMode.class)
    void publish_isPublishingThenSucceeds_andPushesPublishJobFinishInEveryMode(EncryptMode mode) throws Exception {
        pushTo(mode);
        String mediaId = draft("<p>second</p>");
        String publishId = submit(mediaId);

        JsonNode publishing = status(publishId);
        assertThat(publishing.get("publish_status").asInt()).isEqualTo(1);
        assertThat(publishing.has("article_id")).isFalse();
        assertThat(publishing.get("fail_idx")).isEmpty();
        assertThat(events()).isEmpty();

        finishPublishing();

        JsonNode done = status(publishId);
        assertThat(done.get("publish_status").asInt()).isEqualTo(0);
        String articleId = done.get("article_id").asText();
        assertThat(done.get("article_detail").get("count").asInt()).isEqualTo(2);
        assertThat(done.get("article_detail").get("item")).extracting(i -> i.get("idx").asInt()).containsExactly(1, 2);
        String firstUrl = done.get("article_detail").get("item").get(0).get("article_url").asText();
        assertThat(firstUrl).startsWith("http://mp.weixin.qq.com/s/");

        PublishJobFinished event = pushed();
        assertThat(event.publishId()).isEqualTo(publishId);
        assertThat(event.status()).isEqualTo(PublishState.SUCCESS);
        assertThat(event.articleId()).hasValue(articleId);
        assertThat(event.articleDetail()).extracting(PublishedArticleUrl::idx).containsExactly(1, 2);
        assertThat(event.articleDetail().get(0).articleUrl()).isEqualTo(firstUrl);
        assertThat(event.failIdx()).isEmpty();
        assertThat(event.header().toUserName()).isEqualTo(sandbox.account().originalId());
    }

    @Test
    void publish_reachesNoFollower_andTakesTheDraftOutOfTheBox() throws Exception {
        String mediaId = draft("<p>second</p>");
        submit(mediaId);
        assertOk(client.call("/cgi-bin/draft/get", "{\"media_id\":\"" + mediaId + "\"}"));

        finishPublishing();

        assertThat(sandbox.admin().jobs(sandbox.appId())).isEmpty();
        for (int i = 0; i < followers.size(); i++) {
            assertThat(sandbox.admin().inbox(sandbox.appId(), followers.openId(i))).isEmpty();
        }
        assertError(client.call("/cgi-bin/draft/get", "{\"media_id\":\"" + mediaId + "\"}"), 40007);
        assertThat(client.callGet("/cgi-bin/draft/count").get("total_count").asInt()).isZero();
    }

    @Test
    void publish_ofAnArticleTheReviewRefuses_endsStatus4WithItsFailIdx_andKeepsTheDraft() throws Exception {
        pushTo(EncryptMode.PLAIN);
        String mediaId = draft("<p>" + REFUSED_WORD + "</p>");
        String publishId = submit(mediaId);

        finishPublishing();

        JsonNode failed = status(publishId);
        assertThat(failed.get("publish_status").asInt()).isEqualTo(4);
        assertThat(failed.get("fail_idx")).extracting(JsonNode::asInt).containsExactly(2);
        assertThat(failed.has("article_id")).isFalse();
        PublishJobFinished event = pushed();
        assertThat(event.status()).isEqualTo(PublishState.REJECTED_BY_REVIEW);
        assertThat(event.failIdx()).containsExactly(2);
        assertThat(event.articleId()).isEmpty();
        assertThat(event.articleDetail()).isEmpty();
        assertOk(client.call("/cgi-bin/draft/get", "{\"media_id\":\"" + mediaId + "\"}"));
    }

    @Test
    void published_articlesAreReadByArticleId_listed_andDeletedOneByOneThenAll() throws Exception {
        String publishId = submit(draft("<p>second</p>"));
        finishPublishing();
        String articleId = status(publishId).get("article_id").asText();

        JsonNode article = client.call("/cgi-bin/freepublish/getarticle", "{\"article_id\":\"" + articleId + "\"}");
        assertThat(article.get("news_item")).hasSize(2);
        assertThat(article.get("news_item").get(1).get("content").asText()).isEqualTo("<p>second</p>");
        assertThat(article.get("news_item").get(0).get("is_deleted").asBoolean()).isFalse();
        JsonNode list = client.call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":10,\"no_content\":1}");
        assertThat(list.get("total_count").asInt()).isEqualTo(1);
        assertThat(list.get("item").get(0).get("article_id").asText()).isEqualTo(articleId);
        assertThat(list.get("item").get(0).get("content").get("news_item").get(0).has("content")).isFalse();

        assertOk(client.call("/cgi-bin/freepublish/delete", "{\"article_id\":\"" + articleId + "\",\"index\":1}"));
        JsonNode afterOne = client.call("/cgi-bin/freepublish/getarticle", "{\"article_id\":\"" + articleId + "\"}");
        assertThat(afterOne.get("news_item")).extracting(i -> i.get("is_deleted").asBoolean()).containsExactly(true, false);
        assertThat(status(publishId).get("publish_status").asInt()).isEqualTo(0);

        assertOk(client.call("/cgi-bin/freepublish/delete", "{\"article_id\":\"" + articleId + "\",\"index\":0}"));
        assertThat(status(publishId).get("publish_status").asInt()).isEqualTo(5);
        assertError(client.call("/cgi-bin/freepublish/delete", "{\"article_id\":\"" + articleId + "\",\"index\":3}"), 40114);
    }

    @Test
    void published_taskBannedThroughTheAdminApi_answersStatus6() throws Exception {
        String publishId = submit(draft("<p>second</p>"));
        finishPublishing();

        JsonNode banned = client.post("/admin/publish/" + sandbox.appId() + "/" + publishId + "/ban", "");
        assertThat(banned.get("publishStatus").asInt()).isEqualTo(6);
        assertThat(status(publishId).get("publish_status").asInt()).isEqualTo(6);
        assertThat(client.get("/admin/publish/" + sandbox.appId()).get(0).get("status").asText()).isEqualTo("BANNED");
    }

    @Test
    void publishing_failedThroughTheAdminApi_endsStatus3AtOnceAndPushesIt() throws Exception {
        pushTo(EncryptMode.COMPATIBLE);
        String publishId = submit(draft("<p>second</p>"));

        JsonNode failed = client.post("/admin/publish/" + sandbox.appId() + "/" + publishId + "/fail", "");
        assertThat(sandbox.publisher().awaitSettled(Duration.ofSeconds(20))).isTrue();

        assertThat(failed.get("publishStatus").asInt()).isEqualTo(3);
        assertThat(status(publishId).get("publish_status").asInt()).isEqualTo(3);
        assertThat(pushed().status()).isEqualTo(PublishState.FAILED);
        assertThat(client.post("/admin/publish/" + sandbox.appId() + "/" + publishId + "/fail", "").get("errcode").asInt())
                .isEqualTo(400);
        sandbox.clock().advance(Publisher.PUBLISH_TIME);
        assertThat(sandbox.publisher().awaitSettled(Duration.ofSeconds(20))).isTrue();
        assertThat(events()).hasSize(1);
    }

    @Test
    void unknownDraftPublishIdOrArticleId_answer40007_40002_53600() {
        assertError(client.call("/cgi-bin/freepublish/submit", "{\"media_id\":\"nope\"}"), 40007);
        assertError(status("123"), 40002);
        assertError(client.call("/cgi-bin/freepublish/getarticle", "{\"article_id\":\"nope\"}"), 53600);
        assertError(client.call("/cgi-bin/freepublish/delete", "{\"article_id\":\"nope\"}"), 53600);
    }

    @Test
    void publish_ofAnAccountThatMayNotPublish_answers48001_whileItsDraftsWork() {
        Account unverified = sandbox.admin().createAccount(new AccountSpec("wxpersonal000001", "p".repeat(32),
                AccountType.SUBSCRIPTION, false, 5, 0, List.of(), null));
        client = PlatformClient.of(sandbox).login(unverified.appId(), unverified.secret());
        String mediaId = draft("<p>second</p>");

        assertError(client.call("/cgi-bin/freepublish/submit", "{\"media_id\":\"" + mediaId + "\"}"), 48001);
        assertError(status("1"), 48001);
        assertError(client.call("/cgi-bin/freepublish/batchget", "{\"offset\":0,\"count\":1}"), 48001);
        assertOk(client.call("/cgi-bin/draft/get", "{\"media_id\":\"" + mediaId + "\"}"));
    }
}
