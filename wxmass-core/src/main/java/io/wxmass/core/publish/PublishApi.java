package io.wxmass.core.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.draft.DraftJson;
import io.wxmass.core.draft.StoredArticle;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import io.wxmass.core.internal.mass.AnswerReader;
import io.wxmass.core.internal.message.Require;
import java.util.List;
import java.util.Objects;

/**
 * Publishing (发布, freepublish; docs/platform.md §8): turns a draft into articles with permanent links.
 * <strong>Publishing sends nothing to followers</strong>: no push, no history-list entry, no mass-send quota.
 * Reaching followers is a mass send of the draft ({@code mass().send(MassMessage.mpnews(mediaId), …)}).
 * Only verified accounts may publish; others get 48001.
 */
public final class PublishApi {
    private final ApiTransport transport;

    public PublishApi(ApiTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * freepublish/submit: starts publishing a draft. The answer means the task was accepted; it may still
     * fail (original-content check, review). The draft leaves the draft box.
     */
    public PublishSubmission submit(String draftMediaId) {
        Require.nonBlank(draftMediaId, "media_id");
        JsonNode answer = post(Endpoints.PUBLISH_SUBMIT, PublishJson.submit(draftMediaId));
        return PublishJson.submission(answer, Endpoints.PUBLISH_SUBMIT.path());
    }

    /** freepublish/get: the task's state, with the article URLs once it succeeded. */
    public PublishStatus status(String publishId) {
        Require.nonBlank(publishId, "publish_id");
        JsonNode answer = post(Endpoints.PUBLISH_GET, PublishJson.publishId(publishId));
        return PublishJson.status(answer, Endpoints.PUBLISH_GET.path());
    }

    /**
     * freepublish/delete: deletes a published article for good.
     *
     * @param index 1-based article number, or 0 for every article of the publish
     */
    public void delete(String articleId, int index) {
        Require.nonBlank(articleId, "article_id");
        post(Endpoints.PUBLISH_DELETE, PublishJson.delete(articleId, index));
    }

    /** freepublish/getarticle: the published articles of an article_id (53600 for an unknown one). */
    public List<StoredArticle> article(String articleId) {
        Require.nonBlank(articleId, "article_id");
        JsonNode answer = post(Endpoints.PUBLISH_GETARTICLE, PublishJson.articleId(articleId));
        return DraftJson.storedArticles(AnswerReader.of(answer, Endpoints.PUBLISH_GETARTICLE.path()),
                answer.get("news_item"));
    }

    /**
     * freepublish/batchget: one page of successful publishes.
     *
     * @param count 1 to 20
     */
    public PublishedPage list(int offset, int count, boolean noContent) {
        JsonNode answer = post(Endpoints.PUBLISH_BATCHGET, DraftJson.batchget(offset, count, noContent));
        return PublishJson.page(answer, Endpoints.PUBLISH_BATCHGET.path());
    }

    private JsonNode post(Endpoint endpoint, ObjectNode body) {
        return transport.execute(ApiRequest.post(endpoint, RequestBody.json(body)));
    }
}
