package io.wxmass.core.audience;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.RequestBody;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Who an account can reach: its followers and tag members as lazy streams (a page is fetched only
 * when the stream reaches it), and its tags. A platform error surfaces from the stream operation
 * that needed the page.
 */
public final class AudienceApi {
    private final ApiTransport transport;

    public AudienceApi(ApiTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Every follower's openid, from /user/get (up to 10,000 per page). */
    public Stream<String> followers() {
        return followersAfter("");
    }

    /** Followers after {@code nextOpenId}, to resume a walk; the empty string starts at the beginning. */
    public Stream<String> followersAfter(String nextOpenId) {
        return stream(new PagedOpenIds(this::followerPage, nextOpenId));
    }

    /** The openids carrying a tag, from /user/tag/get. */
    public Stream<String> tagMembers(long tagId) {
        if (tagId < 0) {
            throw new InvalidRequestException("tagid", "must be zero or positive, was " + tagId);
        }
        return stream(new PagedOpenIds(cursor -> tagMemberPage(tagId, cursor), ""));
    }

    /** The account's tags, with their follower counts. */
    public List<Tag> tags() {
        JsonNode answer = transport.execute(ApiRequest.get(Endpoints.TAGS_GET, Map.of()));
        return AudienceJson.tags(answer, Endpoints.TAGS_GET.path());
    }

    private OpenIdPage followerPage(String cursor) {
        Map<String, String> query = cursor.isEmpty() ? Map.of() : Map.of("next_openid", cursor);
        JsonNode answer = transport.execute(ApiRequest.get(Endpoints.USER_GET, query));
        return AudienceJson.page(answer, Endpoints.USER_GET.path());
    }

    private OpenIdPage tagMemberPage(long tagId, String cursor) {
        JsonNode answer = transport.execute(ApiRequest.post(Endpoints.USER_TAG_GET,
                RequestBody.json(AudienceJson.tagMembersRequest(tagId, cursor))));
        return AudienceJson.page(answer, Endpoints.USER_TAG_GET.path());
    }

    private static Stream<String> stream(PagedOpenIds pages) {
        return StreamSupport.stream(pages, false);
    }
}
