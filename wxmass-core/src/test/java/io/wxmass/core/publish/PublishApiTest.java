package io.wxmass.core.publish;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.draft.StoredArticle;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.mass.ScriptedAccount;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** freepublish through the real transport to a scripted platform: request and answer shapes, errcodes. */
class PublishApiTest {
    private static final String SUBMIT = "/cgi-bin/freepublish/submit";
    private static final String GET = "/cgi-bin/freepublish/get";
    private static final String DELETE = "/cgi-bin/freepublish/delete";
    private static final String GETARTICLE = "/cgi-bin/freepublish/getarticle";
    private static final String BATCHGET = "/cgi-bin/freepublish/batchget";

    private final ScriptedAccount account = ScriptedAccount.start();
    private final ScriptedPlatform platform = account.platform();
    private final PublishApi publishing = new PublishApi(account.transport());

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void submit_postsDraftMediaId_andReadsPublishIdAndMsgDataId() {
        platform.always(SUBMIT, Reply.json(text("publish/answer-submit.json")));

        PublishSubmission submission = publishing.submit("MEDIA_ID");

        assertThat(submission).isEqualTo(new PublishSubmission("100000001", Optional.of("2247483657")));
        assertThat(platform.requests(SUBMIT).get(0).json()).isEqualTo(json("publish/submit.json"));
    }

    @Test
    void submit_answerWithoutMsgDataId_asInTheDocumentedExample_isRead() {
        platform.always(SUBMIT, Reply.json(text("publish/answer-submit-no-msg-data-id.json")));

        assertThat(publishing.submit("MEDIA_ID").msgDataId()).isEmpty();
    }

    @Test
    void submit_onAnAccountThatMayNotPublish_surfaces48001_once() {
        platform.always(SUBMIT, Reply.json(text("publish/error-48001.json")));

        assertThatThrownBy(() -> publishing.submit("MEDIA_ID")).isInstanceOfSatisfying(WeChatApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(48001);
            assertThat(e.endpoint()).isEqualTo(SUBMIT);
        });
        assertThat(platform.count(SUBMIT)).isEqualTo(1);
    }

    @Test
    void submit_ofADraftThatFailsTheCheck_surfaces53503() {
        platform.always(SUBMIT, Reply.json(text("publish/error-53503.json")));

        assertThatThrownBy(() -> publishing.submit("MEDIA_ID"))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.code()).isPresent());
    }

    @Test
    void submit_withBlankMediaId_isRefusedWithoutAnyRequest() {
        assertThatThrownBy(() -> publishing.submit(" "))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("media_id"));
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void status_success_readsArticleIdAndEveryUrl() {
        platform.always(GET, Reply.json(text("publish/answer-get-success.json")));

        PublishStatus status = publishing.status("100000001");

        assertThat(platform.requests(GET).get(0).json()).isEqualTo(json("publish/get.json"));
        assertThat(status).isEqualTo(new PublishStatus("100000001", 0, Optional.of("ARTICLE_ID"),
                List.of(new PublishedArticleUrl(1, "ARTICLE_URL"), new PublishedArticleUrl(2, "ARTICLE_URL_2")),
                List.of()));
        assertThat(status.state()).isEqualTo(PublishState.SUCCESS);
    }

    @Test
    void status_publishing_keepsTheNewPagesFailIdx() {
        platform.always(GET, Reply.json(text("publish/answer-get-publishing.json")));

        PublishStatus status = publishing.status("100000001");

        assertThat(status.state()).isEqualTo(PublishState.PUBLISHING);
        assertThat(status.articleId()).isEmpty();
        assertThat(status.failIdx()).containsExactly(1);
    }

    @Test
    void status_originalCheckFailed_withNumericPublishId_readsFailIdx() {
        platform.always(GET, Reply.json(text("publish/answer-get-original-failed.json")));

        PublishStatus status = publishing.status("100000001");

        assertThat(status.publishId()).isEqualTo("100000001");
        assertThat(status.state()).isEqualTo(PublishState.ORIGINAL_CHECK_FAILED);
        assertThat(status.failIdx()).containsExactly(1, 2);
    }

    @Test
    void delete_postsArticleIdAndOneBasedIndex_zeroForAll() {
        platform.always(DELETE, Reply.json("{\"errcode\":0,\"errmsg\":\"ok\"}"));

        publishing.delete("ARTICLE_ID", 1);
        publishing.delete("ARTICLE_ID", 0);

        assertThat(platform.requests(DELETE).get(0).json()).isEqualTo(json("publish/delete.json"));
        assertThat(platform.requests(DELETE).get(1).json()).isEqualTo(json("publish/delete-all.json"));
        assertThatThrownBy(() -> publishing.delete("ARTICLE_ID", -1))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("index"));
        assertThat(platform.count(DELETE)).isEqualTo(2);
    }

    @Test
    void article_readsNewsItemsWithIsDeletedAsABoolean() {
        platform.always(GETARTICLE, Reply.json(text("publish/answer-getarticle.json")));

        List<StoredArticle> articles = publishing.article("ARTICLE_ID");

        assertThat(platform.requests(GETARTICLE).get(0).json()).isEqualTo(json("publish/getarticle.json"));
        assertThat(articles).extracting(StoredArticle::title).containsExactly("TITLE", "TITLE2");
        assertThat(articles).extracting(StoredArticle::deleted).containsExactly(false, true);
        assertThat(articles.get(0).thumbUrl()).isEqualTo("THUMB_URL");
    }

    @Test
    void article_ofAnUnknownArticleId_surfaces53600() {
        platform.always(GETARTICLE, Reply.json(text("publish/error-53600.json")));

        assertThatThrownBy(() -> publishing.article("NOPE"))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(53600));
    }

    @Test
    void list_writesPageRequest_andReadsArticleIdsAndTimes() {
        platform.always(BATCHGET, Reply.json(text("publish/answer-batchget.json")));

        PublishedPage page = publishing.list(20, 10, false);

        assertThat(platform.requests(BATCHGET).get(0).json()).isEqualTo(json("publish/batchget.json"));
        assertThat(page.totalCount()).isEqualTo(21);
        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.articleId()).isEqualTo("ARTICLE_ID");
            assertThat(item.updateTime()).contains(Instant.ofEpochSecond(1725000300));
            assertThat(item.articles()).extracting(StoredArticle::url).containsExactly("URL");
        });
    }

    @Test
    void list_ofMoreThanTwenty_isRefusedWithoutAnyRequest() {
        assertThatThrownBy(() -> publishing.list(0, 21, true))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("count"));
        assertThat(platform.requests()).isEmpty();
    }
}
