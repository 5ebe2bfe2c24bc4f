package io.wxmass.core.audience;

import static io.wxmass.core.mass.WireFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.mass.ScriptedAccount;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tag changes through the real transport to a scripted platform: the wire format, the local checks, the typed refusals. */
class TagWritesTest {
    private static final String CREATE = "/cgi-bin/tags/create";
    private static final String UPDATE = "/cgi-bin/tags/update";
    private static final String DELETE = "/cgi-bin/tags/delete";
    private static final String TAGGING = "/cgi-bin/tags/members/batchtagging";
    private static final String UNTAGGING = "/cgi-bin/tags/members/batchuntagging";
    private static final String IDLIST = "/cgi-bin/tags/getidlist";

    private final ScriptedAccount account = ScriptedAccount.start();
    private final ScriptedPlatform platform = account.platform();
    private final AudienceApi audience = new AudienceApi(account.transport());

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void createTag_postsTheName_andReadsTheNewId() {
        platform.always(CREATE, Reply.json(text("audience/answer-tags-create.json")));

        Tag tag = audience.createTag("广东");

        assertThat(tag).isEqualTo(new Tag(134, "广东", 0));
        assertThat(platform.requests(CREATE).get(0).json().path("tag").path("name").asText()).isEqualTo("广东");
    }

    @Test
    void createTag_whenNameLongerThan30Bytes_isRefusedWithoutAnyRequest() {
        // 11 CJK characters are 33 bytes of UTF-8.
        assertThatThrownBy(() -> audience.createTag("一二三四五六七八九十一"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("tag.name");
                    assertThat(e.rule()).contains("30 bytes").contains("33");
                });
        assertThat(platform.count(CREATE)).isZero();
    }

    @Test
    void createTag_whenAccountHas100Tags_isATypedRefusalKeepingThePlatformAnswer() {
        platform.always(CREATE, Reply.json(text("audience/error-45056.json")));

        assertThatThrownBy(() -> audience.createTag("one more"))
                .isInstanceOfSatisfying(TagException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(TagRefusal.ACCOUNT_AT_TAG_LIMIT);
                    assertThat(e.getCause().errmsg()).isEqualTo("too many tags");
                    assertThat(e.getCause().endpoint()).isEqualTo(CREATE);
                });
    }

    @Test
    void renameTag_postsIdAndName() {
        platform.always(UPDATE, Reply.json(text("audience/answer-ok.json")));

        audience.renameTag(134, "广东人");

        var tag = platform.requests(UPDATE).get(0).json().path("tag");
        assertThat(tag.path("id").asLong()).isEqualTo(134);
        assertThat(tag.path("name").asText()).isEqualTo("广东人");
    }

    @Test
    void renameAndDelete_ofASystemTag_areRefusedWithoutAnyRequest() {
        assertThatThrownBy(() -> audience.renameTag(2, "starred")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("system tags");
        assertThatThrownBy(() -> audience.deleteTag(0)).isInstanceOf(InvalidRequestException.class);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void deleteTag_postsOnlyTheId() {
        platform.always(DELETE, Reply.json(text("audience/answer-ok.json")));

        audience.deleteTag(134);

        assertThat(platform.requests(DELETE).get(0).bodyText()).isEqualTo("{\"tag\":{\"id\":134}}");
    }

    @Test
    void deleteTag_ofAbove100000Members_isTooManyMembersToDelete() {
        platform.always(DELETE, Reply.json(text("audience/error-45057.json")));

        assertThatThrownBy(() -> audience.deleteTag(134)).isInstanceOfSatisfying(TagException.class,
                e -> assertThat(e.refusal()).isEqualTo(TagRefusal.TOO_MANY_MEMBERS_TO_DELETE));
    }

    @Test
    void tagUsers_postsTheListAndTagId_andACompleteAnswerFailsNobody() {
        platform.always(TAGGING, Reply.json(text("audience/answer-ok.json")));

        TaggingResult result = audience.tagUsers(134, List.of("OPENID1", "OPENID2"));

        assertThat(result.complete()).isTrue();
        assertThat(platform.requests(TAGGING).get(0).bodyText())
                .isEqualTo("{\"openid_list\":[\"OPENID1\",\"OPENID2\"],\"tagid\":134}");
    }

    @Test
    void tagUsers_whenSomeOpenIdsFail_returnsThemInsteadOfThrowing() {
        platform.always(TAGGING, Reply.json(text("audience/error-45171-some-openid-fail.json")));

        TaggingResult result = audience.tagUsers(134, List.of("OPENID1", "OPENID2", "OPENID3"));

        assertThat(result.failedOpenIds()).containsExactly("OPENID2");
    }

    @Test
    void tagUsers_whenAUserIsAt20Tags_isUserAtTagLimit() {
        platform.always(TAGGING, Reply.json(text("audience/error-45059.json")));

        assertThatThrownBy(() -> audience.tagUsers(134, List.of("OPENID1", "OPENID2")))
                .isInstanceOfSatisfying(TagException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(TagRefusal.USER_AT_TAG_LIMIT);
                    assertThat(e.errcode()).isEqualTo(45059);
                });
    }

    @Test
    void tagUsers_ofMoreThan50OrRepeatedOpenIds_isRefusedWithoutAnyRequest() {
        List<String> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add("OPENID" + i);
        }

        assertThatThrownBy(() -> audience.tagUsers(134, fiftyOne)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.rule()).isEqualTo("needs 1 to 50 openids a call, got 51"));
        assertThatThrownBy(() -> audience.untagUsers(134, List.of("A", "A"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> audience.tagUsers(134, List.of())).isInstanceOf(InvalidRequestException.class);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void untagUsers_postsToBatchUntagging_andAnUndocumentedCodeStaysAPlainApiError() {
        platform.always(UNTAGGING, Reply.json("{\"errcode\":48001,\"errmsg\":\"api unauthorized\"}"));

        assertThatThrownBy(() -> audience.untagUsers(134, List.of("OPENID1")))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(48001));
        assertThat(platform.requests(UNTAGGING).get(0).json().path("tagid").asLong()).isEqualTo(134);
    }

    @Test
    void tagIdsOf_readsTheUsersTagList() {
        platform.always(IDLIST, Reply.json(text("audience/answer-getidlist.json")));

        assertThat(audience.tagIdsOf("OPENID1")).containsExactly(134L, 2L);
        assertThat(platform.requests(IDLIST).get(0).json().path("openid").asText()).isEqualTo("OPENID1");
    }
}
