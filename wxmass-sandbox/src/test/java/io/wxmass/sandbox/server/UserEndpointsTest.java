package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.testing.SandboxPerTest;
import io.wxmass.sandbox.embed.SandboxBuilder;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** Followers and tags as the platform answers them. */
class UserEndpointsTest extends SandboxPerTest {

    @Override
    protected SandboxBuilder configure(SandboxBuilder builder) {
        return builder.followers(25_000);
    }

    @Test
    void userGet_pagesBy10000WithNextOpenId_untilAnEmptyPage() {
        Set<String> seen = new HashSet<>();
        String next = "";
        int pages = 0;
        while (true) {
            JsonNode page = client.callGet("/cgi-bin/user/get?next_openid=" + next);
            assertThat(page.get("total").asInt()).isEqualTo(25_000);
            if (page.get("count").asInt() == 0) {
                assertThat(page.get("next_openid").asText()).isEmpty();
                assertThat(page.has("data")).isFalse();
                break;
            }
            pages++;
            page.get("data").get("openid").forEach(n -> seen.add(n.asText()));
            assertThat(page.get("count").asInt()).isEqualTo(pages < 3 ? 10_000 : 5_000);
            next = page.get("next_openid").asText();
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(25_000).contains(followers.openId(0), followers.openId(24_999));
    }

    @Test
    void userGet_withUnknownNextOpenId_40003() {
        assertError(client.callGet("/cgi-bin/user/get?next_openid=oUnknown"), 40003);
    }

    @Test
    void tagsGet_listsSeededTagsWithCounts() {
        JsonNode tags = client.callGet("/cgi-bin/tags/get").get("tags");
        assertThat(tags.findValuesAsText("name")).contains("星标组", "早鸟", "活跃", "VIP");
        JsonNode active = tags.get(2);
        assertThat(active.get("id").asInt()).isEqualTo(101);
        assertThat(active.get("count").asInt()).isEqualTo(sandbox.account().tags().get(101).orElseThrow().count());
    }

    @Test
    void tagsCreate_returnsNewId_andDuplicateName_45157() {
        JsonNode created = client.call("/cgi-bin/tags/create", "{\"tag\":{\"name\":\"广东\"}}");
        assertThat(created.get("tag").get("name").asText()).isEqualTo("广东");
        assertThat(created.get("tag").get("id").asInt()).isGreaterThanOrEqualTo(100);
        assertError(client.call("/cgi-bin/tags/create", "{\"tag\":{\"name\":\"广东\"}}"), 45157);
    }

    @Test
    void batchTagging_thenUserTagGet_listsTheMembers() {
        int id = client.call("/cgi-bin/tags/create", "{\"tag\":{\"name\":\"new\"}}").get("tag").get("id").asInt();
        assertOk(client.call("/cgi-bin/tags/members/batchtagging", "{\"openid_list\":[\"" + followers.openId(5) + "\",\""
                + followers.openId(17) + "\"],\"tagid\":" + id + "}"));
        JsonNode members = client.call("/cgi-bin/user/tag/get", "{\"tagid\":" + id + ",\"next_openid\":\"\"}");
        assertThat(members.get("count").asInt()).isEqualTo(2);
        assertThat(members.get("data").get("openid").get(0).asText()).isEqualTo(followers.openId(5));
        assertThat(members.get("next_openid").asText()).isEqualTo(followers.openId(17));
        JsonNode after = client.call("/cgi-bin/user/tag/get", "{\"tagid\":" + id + ",\"next_openid\":\"" + followers.openId(17) + "\"}");
        assertThat(after.get("count").asInt()).isZero();
    }

    @Test
    void batchTagging_withStrangerOrUnknownTag_40003And45159() {
        assertError(client.call("/cgi-bin/tags/members/batchtagging", "{\"openid_list\":[\"oStranger\"],\"tagid\":100}"), 40003);
        assertError(client.call("/cgi-bin/tags/members/batchtagging", "{\"openid_list\":[\"" + followers.openId(1)
                + "\"],\"tagid\":777}"), 45159);
        assertError(client.call("/cgi-bin/user/tag/get", "{\"tagid\":777}"), 45159);
    }

    private int createTag(String name) {
        return client.call("/cgi-bin/tags/create", "{\"tag\":{\"name\":\"" + name + "\"}}").get("tag").get("id").asInt();
    }

    private JsonNode members(String path, int tagId, int from, int count) {
        String ids = IntStream.range(from, from + count).mapToObj(i -> "\"" + followers.openId(i) + "\"")
                .collect(Collectors.joining(","));
        return client.call(path, "{\"openid_list\":[" + ids + "],\"tagid\":" + tagId + "}");
    }

    private int count(int tagId) {
        return sandbox.account().tags().get(tagId).orElseThrow().count();
    }

    @Test
    void batchTagging_ofMoreThan50OrNoOpenIds_40032_andBatchUntaggingTheSame() {
        int id = createTag("fifty");
        assertOk(members("/cgi-bin/tags/members/batchtagging", id, 0, 50));
        assertError(members("/cgi-bin/tags/members/batchtagging", id, 50, 51), 40032);
        assertError(members("/cgi-bin/tags/members/batchuntagging", id, 0, 51), 40032);
        assertError(client.call("/cgi-bin/tags/members/batchtagging", "{\"openid_list\":[],\"tagid\":" + id + "}"), 40032);
        assertThat(count(id)).isEqualTo(50);
    }

    @Test
    void batchUntagging_removesOnlyTheListedMembers() {
        int id = createTag("untag");
        assertOk(members("/cgi-bin/tags/members/batchtagging", id, 0, 10));
        assertOk(members("/cgi-bin/tags/members/batchuntagging", id, 0, 4));
        assertThat(count(id)).isEqualTo(6);
        assertThat(sandbox.account().tags().get(id).orElseThrow().contains(followers.indexOf(followers.openId(4)))).isTrue();
        assertError(members("/cgi-bin/tags/members/batchuntagging", 777, 0, 2), 45159);
    }

    @Test
    void batchTagging_whenAUserAlreadyCarries20Tags_45059_andTagsNobodyOfTheCall() {
        int last = 0;
        // The seeded tags already give follower 0 some tags; top it up to 20.
        while (sandbox.account().tags().tagsOf(0).size() < 20) {
            last = createTag("t" + sandbox.account().tags().all().size());
            assertOk(members("/cgi-bin/tags/members/batchtagging", last, 0, 1));
        }
        int extra = createTag("twenty-first");

        assertError(members("/cgi-bin/tags/members/batchtagging", extra, 0, 3), 45059);
        assertThat(count(extra)).as("all or none").isZero();
        assertOk(members("/cgi-bin/tags/members/batchtagging", last, 0, 3));
        JsonNode ids = client.call("/cgi-bin/tags/getidlist", "{\"openid\":\"" + followers.openId(0) + "\"}");
        assertThat(ids.get("tagid_list")).hasSize(20);
    }

    @Test
    void tagsUpdate_renames_andRefusesSystemTagsDuplicatesAndLongNames() {
        int id = createTag("old");
        createTag("taken");
        assertOk(client.call("/cgi-bin/tags/update", "{\"tag\":{\"id\":" + id + ",\"name\":\"new name\"}}"));
        assertThat(sandbox.account().tags().get(id).orElseThrow().name()).isEqualTo("new name");
        assertError(client.call("/cgi-bin/tags/update", "{\"tag\":{\"id\":2,\"name\":\"x\"}}"), 45058);
        assertError(client.call("/cgi-bin/tags/update", "{\"tag\":{\"id\":" + id + ",\"name\":\"taken\"}}"), 45157);
        assertError(client.call("/cgi-bin/tags/update", "{\"tag\":{\"id\":" + id + ",\"name\":\"" + "x".repeat(31) + "\"}}"), 45158);
        assertError(client.call("/cgi-bin/tags/update", "{\"tag\":{\"id\":777,\"name\":\"x\"}}"), 45159);
    }

    @Test
    void tagsDelete_removesTheTagFromEveryone_refusesSystemAndAbove100000Members() {
        int id = createTag("gone");
        assertOk(members("/cgi-bin/tags/members/batchtagging", id, 0, 5));
        assertOk(client.call("/cgi-bin/tags/delete", "{\"tag\":{\"id\":" + id + "}}"));
        assertThat(sandbox.account().tags().get(id)).isEmpty();
        assertThat(sandbox.account().tags().tagsOf(0)).doesNotContain(id);
        assertError(client.call("/cgi-bin/tags/delete", "{\"tag\":{\"id\":" + id + "}}"), 45159);
        assertError(client.call("/cgi-bin/tags/delete", "{\"tag\":{\"id\":1}}"), 45058);

        sandbox.admin().addFollowers(sandbox.appId(), 75_020); // 100,020 followers, all tagged below
        int big = createTag("big");
        sandbox.account().tags().get(big).orElseThrow().addWhere(followers.size(), i -> true);
        assertError(client.call("/cgi-bin/tags/delete", "{\"tag\":{\"id\":" + big + "}}"), 45057);
        assertOk(members("/cgi-bin/tags/members/batchuntagging", big, 0, 50));
        assertOk(client.call("/cgi-bin/tags/delete", "{\"tag\":{\"id\":" + big + "}}"));
    }
}
