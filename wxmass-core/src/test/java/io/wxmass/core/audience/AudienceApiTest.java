package io.wxmass.core.audience;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.mass.ScriptedAccount;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import io.wxmass.core.error.TransportException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Followers, tag members and tags through the real transport to a scripted platform. */
class AudienceApiTest {
    private static final String USER_GET = "/cgi-bin/user/get";
    private static final String TAG_GET = "/cgi-bin/user/tag/get";
    private static final String TAGS_GET = "/cgi-bin/tags/get";

    private final ScriptedAccount account = ScriptedAccount.start();
    private final ScriptedPlatform platform = account.platform();
    private final AudienceApi audience = new AudienceApi(account.transport());

    @AfterEach
    void stop() {
        account.close();
    }

    private void scriptThreeFollowerPages() {
        platform.enqueue(USER_GET, Reply.json(text("audience/answer-user-get-page1.json")),
                Reply.json(text("audience/answer-user-get-page2.json")),
                Reply.json(text("audience/answer-user-get-end.json")));
    }

    @Test
    void followers_walksEveryPageByNextOpenId() {
        scriptThreeFollowerPages();

        assertThat(audience.followers().toList()).containsExactly("OPENID1", "OPENID2", "OPENID3", "OPENID4", "OPENID5");

        var requests = platform.requests(USER_GET);
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).method()).isEqualTo("GET");
        assertThat(requests.get(0).query()).doesNotContainKey("next_openid");
        assertThat(requests.get(1).query()).containsEntry("next_openid", "OPENID2");
        assertThat(requests.get(2).query()).containsEntry("next_openid", "OPENID5");
    }

    @Test
    void followers_fetchesNothingUntilConsumed_andTheSecondPageOnlyWhenReached() {
        scriptThreeFollowerPages();

        Stream<String> followers = audience.followers();
        assertThat(platform.count(USER_GET)).isZero();

        Iterator<String> it = followers.iterator();
        assertThat(it.next()).isEqualTo("OPENID1");
        assertThat(it.next()).isEqualTo("OPENID2");
        assertThat(platform.count(USER_GET)).isEqualTo(1);

        assertThat(it.next()).isEqualTo("OPENID3");
        assertThat(platform.count(USER_GET)).isEqualTo(2);
    }

    @Test
    void followers_limitedToTheFirstPage_neverAsksForTheSecond() {
        scriptThreeFollowerPages();

        assertThat(audience.followers().limit(2).toList()).containsExactly("OPENID1", "OPENID2");

        assertThat(platform.count(USER_GET)).isEqualTo(1);
    }

    @Test
    void followersAfter_resumesFromTheGivenOpenId() {
        platform.enqueue(USER_GET, Reply.json(text("audience/answer-user-get-page2.json")),
                Reply.json(text("audience/answer-user-get-end.json")));

        assertThat(audience.followersAfter("OPENID2").toList()).containsExactly("OPENID3", "OPENID4", "OPENID5");
        assertThat(platform.requests(USER_GET).get(0).query()).containsEntry("next_openid", "OPENID2");
    }

    @Test
    void followers_whenServerRepeatsTheSameCursor_stopsInsteadOfLooping() {
        platform.always(USER_GET, Reply.json(text("audience/answer-user-get-page1.json")));

        assertThat(audience.followersAfter("OPENID2").toList()).containsExactly("OPENID1", "OPENID2");
        assertThat(platform.count(USER_GET)).isEqualTo(1);
    }

    @Test
    void tagMembers_postsTagIdAndCursor_andPagesLazily() {
        platform.enqueue(TAG_GET, Reply.json(text("audience/answer-tag-get-page1.json")),
                Reply.json(text("audience/answer-tag-get-end.json")));

        Stream<String> members = audience.tagMembers(134);
        assertThat(platform.count(TAG_GET)).isZero();
        assertThat(members.toList()).containsExactly("OPENID1", "OPENID2");

        var requests = platform.requests(TAG_GET);
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).method()).isEqualTo("POST");
        assertThat(requests.get(0).json()).isEqualTo(json("audience/tag-get-first.json"));
        assertThat(requests.get(1).json()).isEqualTo(json("audience/tag-get-next.json"));
    }

    @Test
    void tagMembers_whenTagUnknown_surfacesTheErrorFromTheConsumingOperation() {
        platform.always(TAG_GET, Reply.json(text("audience/error-45159.json")));

        Stream<String> members = audience.tagMembers(999);
        assertThatThrownBy(members::toList)
                .isInstanceOfSatisfying(WeChatApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(45159);
                    assertThat(e.endpoint()).isEqualTo(TAG_GET);
                });
    }

    @Test
    void tagMembers_ofNegativeTag_isRefusedWithoutAnyRequest() {
        assertThatThrownBy(() -> audience.tagMembers(-1))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("tagid"));
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void tags_readsIdNameAndCount() {
        platform.always(TAGS_GET, Reply.json(text("audience/answer-tags-get.json")));

        assertThat(audience.tags()).containsExactly(new Tag(1, "每天一罐可乐星人", 0), new Tag(2, "星标组", 0), new Tag(127, "广东", 5));
        assertThat(platform.requests(TAGS_GET).get(0).method()).isEqualTo("GET");
    }

    @Test
    void tags_whenAnswerHasNoTagsArray_isAReadableFailure() {
        platform.always(TAGS_GET, Reply.json("{\"errcode\":0}"));

        assertThatThrownBy(audience::tags).hasMessageContaining("tags");
        assertThat(platform.count(TAGS_GET)).isEqualTo(1);
    }

    @Test
    void followerLines_givesThePageAsUtf8Lines_withItsCursorAndTotal() {
        platform.always(USER_GET, Reply.json(text("audience/answer-user-get-page1.json")));

        OpenIdLines page = audience.followerLines("");

        assertThat(new String(page.lines(), StandardCharsets.UTF_8)).isEqualTo("OPENID1\nOPENID2\n");
        assertThat(page.count()).isEqualTo(2);
        assertThat(page.nextOpenId()).isEqualTo("OPENID2");
        assertThat(page.total()).hasValue(5);
        assertThat(page.isLastAfter("")).isFalse();
    }

    @Test
    void followerLines_ofTheEmptyLastPage_isLast() {
        platform.always(USER_GET, Reply.json(text("audience/answer-user-get-end.json")));

        OpenIdLines page = audience.followerLines("OPENID5");

        assertThat(page.count()).isZero();
        assertThat(page.byteCount()).isZero();
        assertThat(page.isLastAfter("OPENID5")).isTrue();
        assertThat(platform.requests(USER_GET).get(0).query()).containsEntry("next_openid", "OPENID5");
    }

    @Test
    void followerLines_whenTheFirstAttemptIsBusy_retriesAndHoldsEachOpenIdOnce() {
        platform.enqueue(USER_GET, Reply.json("{\"errcode\":-1,\"errmsg\":\"system error\"}"),
                Reply.json(text("audience/answer-user-get-page1.json")));

        OpenIdLines page = audience.followerLines("");

        assertThat(new String(page.lines(), StandardCharsets.UTF_8)).isEqualTo("OPENID1\nOPENID2\n");
        assertThat(platform.count(USER_GET)).isEqualTo(2);
    }

    @Test
    void followers_whenThePageAnswersAnErrcode_throwsTheTypedError() {
        platform.always(USER_GET, Reply.json("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}"));

        assertThatThrownBy(() -> audience.followerLines(""))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(45009));
        assertThatThrownBy(() -> audience.followers().toList())
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(45009));
    }

    @Test
    void followers_whenDataOpenidIsNotAnArrayOfStrings_isAReadableFailure() {
        platform.enqueue(USER_GET, Reply.json("{\"total\":1,\"count\":1,\"data\":{\"openid\":\"OPENID1\"},\"next_openid\":\"OPENID1\"}"),
                Reply.json("{\"total\":1,\"count\":1,\"data\":{\"openid\":[7]},\"next_openid\":\"OPENID1\"}"));

        assertThatThrownBy(() -> audience.followerPage("")).isInstanceOf(TransportException.class)
                .hasMessageContaining("data.openid is not an array");
        assertThatThrownBy(() -> audience.followerLines("")).isInstanceOf(TransportException.class)
                .hasMessageContaining("data.openid holds a value that is not a string");
    }
}
