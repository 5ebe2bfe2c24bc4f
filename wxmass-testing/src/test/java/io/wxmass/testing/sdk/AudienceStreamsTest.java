package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wxmass.core.WxMass;
import io.wxmass.core.audience.Tag;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.testing.WithSandbox;
import io.wxmass.sandbox.platform.Followers;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Followers and tag members as the SDK's lazy streams over the sandbox's 10,000-per-page lists. */
@WithSandbox(followers = AudienceStreamsTest.FOLLOWERS, fixedClock = Sdk.START)
class AudienceStreamsTest {
    static final int FOLLOWERS = 25_000;
    private static final String USER_GET = "/cgi-bin/user/get";
    private static final String TAG_MEMBERS = "/cgi-bin/user/tag/get";

    private WxMass wx;

    @BeforeEach
    void client(Sandbox sandbox) {
        wx = Sdk.client(sandbox);
        wx.tokens().current();
    }

    @Test
    void followers_walkEveryPageInTheSandboxsOrder(Sandbox sandbox) {
        Followers followers = sandbox.account().followers();

        List<String> walked = wx.audience().followers().toList();

        assertThat(walked).hasSize(FOLLOWERS).doesNotHaveDuplicates();
        assertThat(walked).isEqualTo(IntStream.range(0, FOLLOWERS).mapToObj(followers::openId).toList());
    }

    @Test
    void followers_fetchAPageOnlyWhenTheStreamReachesIt(Sandbox sandbox) {
        long pages = sandbox.admin().requests(USER_GET);
        assertThat(wx.audience().followers().limit(10_000).count()).isEqualTo(10_000);
        assertThat(sandbox.admin().requests(USER_GET) - pages).as("the first page only").isEqualTo(1);

        pages = sandbox.admin().requests(USER_GET);
        assertThat(wx.audience().followers().limit(20_001).count()).isEqualTo(20_001);
        assertThat(sandbox.admin().requests(USER_GET) - pages).as("three pages for 20,001").isEqualTo(3);
    }

    @Test
    void followersAfter_resumesRightAfterTheGivenOpenId(Sandbox sandbox) {
        Followers followers = sandbox.account().followers();

        List<String> next = wx.audience().followersAfter(followers.openId(9_999)).limit(2).toList();

        assertThat(next).containsExactly(followers.openId(10_000), followers.openId(10_001));
    }

    @Test
    void tags_listTheSandboxsTagsWithTheirCounts(Sandbox sandbox) {
        List<Tag> tags = wx.audience().tags();

        assertThat(tags).extracting(Tag::id, Tag::name, Tag::count).containsExactlyElementsOf(
                sandbox.account().tags().all().stream()
                        .map(t -> tuple((long) t.id(), t.name(), (long) t.count())).toList());
    }

    @Test
    void tagMembers_streamExactlyTheTagsMembersAcrossPages(Sandbox sandbox) {
        Tag earlyBirds = wx.audience().tags().stream().filter(t -> t.name().equals("早鸟")).findFirst().orElseThrow();
        int[] expected = sandbox.account().tags().get((int) earlyBirds.id()).orElseThrow().members();
        long pages = sandbox.admin().requests(TAG_MEMBERS);

        List<String> members = wx.audience().tagMembers(earlyBirds.id()).toList();

        assertThat(earlyBirds.count()).isEqualTo(12_500);
        assertThat(members).hasSize((int) earlyBirds.count())
                .isEqualTo(Arrays.stream(expected).mapToObj(sandbox.account().followers()::openId).toList());
        assertThat(sandbox.admin().requests(TAG_MEMBERS) - pages)
                .as("10,000 and 2,500 members, then the empty page that ends the walk").isEqualTo(3);
    }

    @Test
    void tagMembers_ofEveryTag_countAsTheTagListSays() {
        for (Tag tag : wx.audience().tags()) {
            assertThat(wx.audience().tagMembers(tag.id()).count()).as("members of %s", tag.name())
                    .isEqualTo(tag.count());
        }
    }
}
