package io.wxmass.core.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import io.wxmass.core.internal.message.Require;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The draft box (草稿箱, docs/platform.md §7): where mpnews articles live before a mass send or a publish.
 * A draft's media_id is what {@code mass().send(MassMessage.mpnews(id), …)} and
 * {@code publishing().submit(id)} take; once mass-sent or published the platform removes the draft, so a
 * media_id serves one send (docs/platform.md D17). Every article rule is checked before any request.
 */
public final class DraftApi {
    private final ApiTransport transport;

    public DraftApi(ApiTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** draft/add: saves 1 to {@value DraftRules#MAX_ARTICLES} articles as one draft and returns its media_id. */
    public String add(List<DraftArticle> articles) {
        JsonNode answer = post(Endpoints.DRAFT_ADD, DraftJson.add(articles));
        return DraftJson.addedMediaId(answer, Endpoints.DRAFT_ADD.path());
    }

    /** draft/add of a single article. */
    public String add(DraftArticle article) {
        return add(List.of(Objects.requireNonNull(article, "article")));
    }

    /** draft/get: the draft's articles (40007 for a media_id that is not, or no longer, a draft). */
    public Draft get(String mediaId) {
        Require.nonBlank(mediaId, "media_id");
        JsonNode answer = post(Endpoints.DRAFT_GET, DraftJson.mediaId(mediaId));
        return DraftJson.draft(mediaId, answer, Endpoints.DRAFT_GET.path());
    }

    /** draft/update: replaces the article at {@code index} (0-based) of the draft. */
    public void update(String mediaId, int index, DraftArticle article) {
        Require.nonBlank(mediaId, "media_id");
        Objects.requireNonNull(article, "article");
        post(Endpoints.DRAFT_UPDATE, DraftJson.update(mediaId, index, article));
    }

    /** draft/delete: removes the draft for good. */
    public void delete(String mediaId) {
        Require.nonBlank(mediaId, "media_id");
        post(Endpoints.DRAFT_DELETE, DraftJson.mediaId(mediaId));
    }

    /** draft/count: drafts in the box. */
    public int count() {
        JsonNode answer = transport.execute(ApiRequest.get(Endpoints.DRAFT_COUNT, Map.of()));
        return DraftJson.count(answer, Endpoints.DRAFT_COUNT.path());
    }

    /**
     * draft/batchget: one page.
     *
     * @param count     1 to {@value DraftRules#MAX_PAGE}
     * @param noContent leave each article's {@code content} out of the answer
     */
    public DraftPage list(int offset, int count, boolean noContent) {
        JsonNode answer = post(Endpoints.DRAFT_BATCHGET, DraftJson.batchget(offset, count, noContent));
        return DraftJson.draftPage(answer, Endpoints.DRAFT_BATCHGET.path());
    }

    /**
     * Every draft, fetched lazily page by page ({@value DraftRules#MAX_PAGE} a request) as the stream is
     * consumed; it ends at the first short or empty page.
     */
    public Stream<Draft> all(boolean noContent) {
        Iterator<Draft> drafts = new Iterator<>() {
            private int offset;
            private Iterator<Draft> page = List.<Draft>of().iterator();
            private boolean last;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !last) {
                    List<Draft> next = list(offset, DraftRules.MAX_PAGE, noContent).drafts();
                    offset += next.size();
                    last = next.size() < DraftRules.MAX_PAGE;
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public Draft next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(drafts, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private JsonNode post(Endpoint endpoint, ObjectNode body) {
        return transport.execute(ApiRequest.post(endpoint, RequestBody.json(body)));
    }
}
