package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.rules.Fields;
import io.wxmass.sandbox.platform.Tag;

import java.util.Objects;

/**
 * Followers and tags: user/get, tags/get, tags/create, tags/update, tags/delete, tags/getidlist,
 * tags/members/batchtagging and batchuntagging (at most 50 openids a call, 40032 otherwise), user/tag/get.
 */
public final class UserEndpoints {
    /** The platform pages follower lists by 10,000. */
    public static final int PAGE = 10_000;
    static final int MAX_BATCH_TAGGING = 50;

    private final Authenticator auth;

    public UserEndpoints(Authenticator auth) {
        this.auth = Objects.requireNonNull(auth, "auth");
    }

    public void register(Router router) {
        router.route("/cgi-bin/user/get", auth.guard(this::followers));
        router.route("/cgi-bin/tags/get", auth.guard(this::tags));
        router.route("/cgi-bin/tags/create", auth.guard(this::createTag));
        router.route("/cgi-bin/tags/update", auth.guard(this::updateTag));
        router.route("/cgi-bin/tags/delete", auth.guard(this::deleteTag));
        router.route("/cgi-bin/tags/getidlist", auth.guard(this::tagIdList));
        router.route("/cgi-bin/tags/members/batchtagging", auth.guard(this::batchTagging));
        router.route("/cgi-bin/tags/members/batchuntagging", auth.guard(this::batchUntagging));
        router.route("/cgi-bin/user/tag/get", auth.guard(this::tagMembers));
    }

    private PlatformResponse followers(PlatformRequest request, Account account) {
        Followers f = account.followers();
        int from = startAfter(f, request.query("next_openid"));
        int to = Math.min(f.size(), from + PAGE);
        return new PlatformResponse(200, PlatformResponse.JSON_TYPE, FollowerPageJson.write(f, from, to));
    }

    private PlatformResponse tags(PlatformRequest request, Account account) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (Tag t : account.tags().all()) {
            list.addObject().put("id", t.id()).put("name", t.name()).put("count", t.count());
        }
        ObjectNode out = Json.object();
        out.set("tags", list);
        return PlatformResponse.json(out);
    }

    private PlatformResponse createTag(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode tag = Fields.requireObject(request.requiredJson(), "tag");
        String name = Fields.optText(tag, "name").orElseThrow(() -> PlatformError.of(45157, "invalid tag name"));
        Tag created = account.tags().create(name);
        ObjectNode out = Json.object();
        out.putObject("tag").put("id", created.id()).put("name", created.name());
        return PlatformResponse.json(out);
    }

    private PlatformResponse updateTag(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode tag = Fields.requireObject(request.requiredJson(), "tag");
        String name = Fields.optText(tag, "name").orElseThrow(() -> PlatformError.of(45157, "invalid tag name"));
        account.tags().rename(tagId(tag, "id"), name);
        return PlatformResponse.ok();
    }

    private PlatformResponse deleteTag(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        account.tags().delete(tagId(Fields.requireObject(request.requiredJson(), "tag"), "id"));
        return PlatformResponse.ok();
    }

    private PlatformResponse tagIdList(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        String openId = Fields.optText(request.requiredJson(), "openid").orElse("");
        int index = account.followers().indexOf(openId);
        if (index < 0) {
            throw PlatformError.of(40003, "invalid openid");
        }
        ObjectNode out = Json.object();
        ArrayNode ids = out.putArray("tagid_list");
        account.tags().tagsOf(index).forEach(ids::add);
        return PlatformResponse.json(out);
    }

    private PlatformResponse batchTagging(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        Tag tag = tag(account, body);
        account.tags().tag(tag, memberIndexes(account, body));
        return PlatformResponse.ok();
    }

    private PlatformResponse batchUntagging(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        Tag tag = tag(account, body);
        for (int index : memberIndexes(account, body)) {
            tag.remove(index);
        }
        return PlatformResponse.ok();
    }

    /** The followers of {@code openid_list}: 40032 unless 1 to 50, 40003 for one that does not follow. */
    private static int[] memberIndexes(Account account, JsonNode body) {
        JsonNode list = body.get("openid_list");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_BATCH_TAGGING) {
            throw PlatformError.of(40032, "invalid openid list size");
        }
        int[] indexes = new int[list.size()];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = account.followers().indexOf(list.get(i).asText());
            if (indexes[i] < 0) {
                throw PlatformError.of(40003, "invalid openid");
            }
        }
        return indexes;
    }

    private PlatformResponse tagMembers(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        Tag tag = tag(account, body);
        int from = startAfter(account.followers(), Fields.optText(body, "next_openid").orElse(null));
        int[] members = tag.membersFrom(from, PAGE);
        ObjectNode out = Json.object().put("count", members.length);
        if (members.length > 0) {
            ArrayNode ids = out.putObject("data").putArray("openid");
            for (int m : members) {
                ids.add(account.followers().openId(m));
            }
        }
        out.put("next_openid", members.length == 0 ? "" : account.followers().openId(members[members.length - 1]));
        return PlatformResponse.json(out);
    }

    private static Tag tag(Account account, JsonNode body) {
        return account.tags().get(tagId(body, "tagid")).orElseThrow(() -> PlatformError.of(45159, "invalid tag id"));
    }

    private static int tagId(JsonNode node, String field) {
        return Fields.optLong(node, field).orElseThrow(() -> PlatformError.of(45159, "invalid tag id")).intValue();
    }

    /** The index after {@code nextOpenId}, 0 when absent; 40003 when it is not a follower. */
    private static int startAfter(Followers f, String nextOpenId) {
        if (nextOpenId == null || nextOpenId.isEmpty()) {
            return 0;
        }
        int index = f.indexOf(nextOpenId);
        if (index < 0) {
            throw PlatformError.of(40003, "invalid openid");
        }
        return index + 1;
    }
}
