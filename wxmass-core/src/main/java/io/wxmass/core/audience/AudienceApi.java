package io.wxmass.core.audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.http.Endpoint;
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
 * when the stream reaches it), and its tags, which it can also change. A platform error surfaces from
 * the stream operation that needed the page. Tag changes check the limits of docs/platform.md §11
 * before any call ({@link TagRules}) and turn the documented refusals into a {@link TagException}.
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
        return stream(new PagedOpenIds(this::followerPageAfter, nextOpenId));
    }

    /**
     * One page of /user/get: up to 10,000 openids after {@code nextOpenId} (the empty string for the
     * first page), the cursor to the next and the follower total, for a caller that keeps its own place
     * (an export that resumes after a crash from the last cursor it wrote).
     */
    public OpenIdPage followerPage(String nextOpenId) {
        return followerPageAfter(Objects.requireNonNull(nextOpenId, "nextOpenId"));
    }

    /**
     * The same page as {@link #followerPage} as the UTF-8 text of one openid a line, parsed straight from the
     * answer without a tree or a string per openid: for a caller that writes the list to a file.
     */
    public OpenIdLines followerLines(String nextOpenId) {
        return transport.execute(followerRequest(Objects.requireNonNull(nextOpenId, "nextOpenId")),
                () -> new OpenIdPageAnswer.Lines(Endpoints.USER_GET.path()));
    }

    /** The openids carrying a tag, from /user/tag/get. */
    public Stream<String> tagMembers(long tagId) {
        TagRules.tagId(tagId);
        return stream(new PagedOpenIds(cursor -> tagMemberPage(tagId, cursor), ""));
    }

    /** The account's tags, with their follower counts. */
    public List<Tag> tags() {
        JsonNode answer = transport.execute(ApiRequest.get(Endpoints.TAGS_GET, Map.of()));
        return AudienceJson.tags(answer, Endpoints.TAGS_GET.path());
    }

    /** Creates a tag (at most 100 an account; the name at most 30 bytes and unused). */
    public Tag createTag(String name) {
        JsonNode answer = write(Endpoints.TAGS_CREATE, TagJson.tag(null, TagRules.name(name)));
        return TagJson.created(answer, Endpoints.TAGS_CREATE.path());
    }

    /** Renames a tag; the system tags 0, 1 and 2 are refused before any call. */
    public void renameTag(long tagId, String name) {
        write(Endpoints.TAGS_UPDATE, TagJson.tag(TagRules.changeableTag(tagId), TagRules.name(name)));
    }

    /**
     * Deletes a tag, which removes it from every user carrying it. A tag of more than 100,000 members
     * is refused ({@link TagRefusal#TOO_MANY_MEMBERS_TO_DELETE}): untag members first.
     */
    public void deleteTag(long tagId) {
        write(Endpoints.TAGS_DELETE, TagJson.tag(TagRules.changeableTag(tagId), null));
    }

    /**
     * Puts 1 to 50 distinct followers under a tag (a user may carry 20). Tagging a user who already
     * carries the tag changes nothing, so a call whose answer was lost may be repeated.
     *
     * @return the openids the platform could not tag ({@code fail_openid_list}), empty when all were
     * @throws TagException {@link TagRefusal#USER_AT_TAG_LIMIT} when a user of the call is at 20 tags
     */
    public TaggingResult tagUsers(long tagId, List<String> openIds) {
        return members(Endpoints.TAGS_BATCHTAGGING, TagRules.tagId(tagId), openIds);
    }

    /** Takes a tag from 1 to 50 distinct users; like {@link #tagUsers}, safe to repeat. */
    public TaggingResult untagUsers(long tagId, List<String> openIds) {
        return members(Endpoints.TAGS_BATCHUNTAGGING, TagRules.tagId(tagId), openIds);
    }

    /** The ids of the tags one user carries (tags/getidlist; there is no batch form). */
    public List<Long> tagIdsOf(String openId) {
        if (openId == null || openId.isBlank()) {
            throw new InvalidRequestException("openid", "must not be blank");
        }
        JsonNode answer = transport.execute(ApiRequest.post(Endpoints.TAGS_GETIDLIST,
                RequestBody.json(TagJson.openId(openId))));
        return TagJson.tagIds(answer, Endpoints.TAGS_GETIDLIST.path());
    }

    private TaggingResult members(Endpoint endpoint, long tagId, List<String> openIds) {
        List<String> checked = TagRules.members(openIds);
        try {
            JsonNode answer = write(endpoint, TagJson.members(tagId, checked));
            return new TaggingResult(TagJson.failedOpenIds(answer, endpoint.path()));
        } catch (TagException e) {
            throw e;
        } catch (WeChatApiException e) {
            // 45171 "some openid fail": the listed openids did not change, the others did.
            List<String> failed = e.answer().map(a -> TagJson.failedOpenIds(a, endpoint.path())).orElse(List.of());
            if (failed.isEmpty()) {
                throw e;
            }
            return new TaggingResult(failed);
        }
    }

    private JsonNode write(Endpoint endpoint, ObjectNode body) {
        try {
            return transport.execute(ApiRequest.post(endpoint, RequestBody.json(body)));
        } catch (WeChatApiException e) {
            throw TagRefusal.of(e.errcode()).<RuntimeException>map(r -> new TagException(r, e)).orElse(e);
        }
    }

    private OpenIdPage followerPageAfter(String cursor) {
        return transport.execute(followerRequest(cursor), () -> new OpenIdPageAnswer.Strings(Endpoints.USER_GET.path()));
    }

    private static ApiRequest followerRequest(String cursor) {
        return ApiRequest.get(Endpoints.USER_GET, cursor.isEmpty() ? Map.of() : Map.of("next_openid", cursor));
    }

    private OpenIdPage tagMemberPage(long tagId, String cursor) {
        return transport.execute(ApiRequest.post(Endpoints.USER_TAG_GET,
                        RequestBody.json(AudienceJson.tagMembersRequest(tagId, cursor))),
                () -> new OpenIdPageAnswer.Strings(Endpoints.USER_TAG_GET.path()));
    }

    private static Stream<String> stream(PagedOpenIds pages) {
        return StreamSupport.stream(pages, false);
    }
}
