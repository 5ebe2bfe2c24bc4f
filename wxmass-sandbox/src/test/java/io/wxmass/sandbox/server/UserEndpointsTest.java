package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.testing.SandboxPerTest;
import io.wxmass.sandbox.embed.SandboxBuilder;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

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
}
