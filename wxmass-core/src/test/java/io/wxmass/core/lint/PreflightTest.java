package io.wxmass.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.PreviewTarget;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreflightTest {
    private static final MassMessage NEWS = MassMessage.mpNews("DRAFT_MEDIA_ID");
    private static final boolean CHOSEN = false;

    private static List<Rule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    @Test
    void cleanTagSendWithAChoice_hasNoFindings() {
        assertThat(Preflight.send(NEWS, Audience.tag(2)).ignoreReprint(CHOSEN).findings()).isEmpty();
    }

    @Test
    void mpnewsWithoutReprintChoice_isAWarningOnSendIgnoreReprint() {
        List<Finding> findings = Preflight.send(NEWS, Audience.tag(2)).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.rule()).isEqualTo(Rule.IGNORE_REPRINT_CHOICE);
            assertThat(f.field()).isEqualTo("send_ignore_reprint");
        });
        assertThat(Preflight.send(MassMessage.text("hi"), Audience.tag(2)).findings()).isEmpty();
    }

    @Test
    void allFollowersNobodyAskedFor_isAnError_andAnExplicitAllIsClean() {
        List<Finding> accidental = Preflight.send(NEWS, Audience.allFollowers()).ignoreReprint(CHOSEN).findings();

        assertThat(accidental).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rule()).isEqualTo(Rule.ALL_FOLLOWERS_BY_ACCIDENT);
            assertThat(f.field()).isEqualTo("filter.is_to_all");
        });
        assertThat(Finding.anyError(accidental)).isTrue();
        assertThat(Preflight.send(NEWS, Audience.allFollowers()).ignoreReprint(CHOSEN).allFollowersIntended(true)
                .findings()).isEmpty();
    }

    @Test
    void tagThatCoversEveryFollower_isAWarningOnTheTag() {
        List<Finding> findings = Preflight.send(NEWS, Audience.tag(2)).ignoreReprint(CHOSEN)
                .audienceSize(3000, 3000).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.ALL_FOLLOWERS_BY_ACCIDENT);
            assertThat(f.field()).isEqualTo("filter.tag_id");
            assertThat(f.message()).contains("all 3000 followers");
        });
        assertThat(Preflight.send(NEWS, Audience.tag(2)).ignoreReprint(CHOSEN).audienceSize(2999, 3000).findings()).isEmpty();
    }

    @Test
    void draftMediaIdAlreadySent_isAnError() {
        SendHistory history = new SendHistory(Set.of("DRAFT_MEDIA_ID"), Set.of());

        List<Finding> findings = Preflight.send(NEWS, Audience.openIds(List.of("o1", "o2"))).ignoreReprint(CHOSEN)
                .history(history).findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rule()).isEqualTo(Rule.DRAFT_REUSED);
            assertThat(f.field()).isEqualTo("mpnews.media_id");
        });
        assertThat(Preflight.preview(NEWS, new PreviewTarget.OpenId("o1")).history(history).findings())
                .as("a preview does not consume the draft as far as anyone knows").isEmpty();
    }

    @Test
    void articleIdWhereAMediaIdIsNeeded_isAnError() {
        SendHistory history = new SendHistory(Set.of(), Set.of("ARTICLE_ID"));

        List<Finding> findings = Preflight.preview(MassMessage.mpNews("ARTICLE_ID"), new PreviewTarget.OpenId("o1"))
                .history(history).findings();

        assertThat(rules(findings)).containsExactly(Rule.ARTICLE_ID_AS_MEDIA_ID);
        assertThat(findings.get(0).message()).contains("40007");
    }

    @Test
    void previewOfSeveralImages_isAMessageTypeError() {
        List<Finding> findings = Preflight.preview(MassMessage.images(List.of("m1", "m2")), new PreviewTarget.OpenId("o1"))
                .findings();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(Rule.MESSAGE_TYPE);
            assertThat(f.field()).isEqualTo("image.media_id");
        });
        assertThat(Preflight.send(MassMessage.images(List.of("m1", "m2")), Audience.tag(2)).findings()).isEmpty();
    }

    @Test
    void wxcard_isWarnedAsNoLongerSupported() {
        assertThat(rules(Preflight.send(MassMessage.wxCard("CARD"), Audience.tag(2)).findings()))
                .containsExactly(Rule.NO_LONGER_SUPPORTED);
    }
}
