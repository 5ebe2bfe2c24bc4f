package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.config.ReprintRule;
import io.wxmass.sandbox.delivery.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Moderation and the originality check as units. */
class VerdictRulesTest {
    private final ReprintCheck reprint = new ReprintCheck(List.of(new ReprintRule("copied", true, "http://o/1"),
            new ReprintRule("stolen", false, null)));

    @Test
    void moderation_firstConfiguredWordInAnyTextGivesItsStatus() {
        Moderation m = new Moderation(Map.of("spam", 10001, "rumour", 20001));
        assertThat(m.verdict(List.of("clean", "a rumour here"))).contains(20001);
        assertThat(m.verdict(List.of("spam and rumour"))).contains(20001); // fixed order: "rumour" < "spam"
        assertThat(m.verdict(List.of("clean"))).isEmpty();
    }

    @Test
    void reprint_outcomes() {
        assertThat(reprint.verdict(List.of("mine"), false, Optional.empty())).isEqualTo(Verdict.clean());
        Verdict allowed = reprint.verdict(List.of("mine", "copied text"), true, Optional.empty());
        assertThat(allowed.delivers()).isTrue();
        assertThat(allowed.checkState()).isEqualTo(2);
        assertThat(allowed.copyrightItems().get(0).articleIdx()).isEqualTo(2);
        assertThat(allowed.copyrightItems().get(0).originalArticleUrl()).isEqualTo("http://o/1");
        assertThat(reprint.verdict(List.of("copied"), false, Optional.empty()).errStatus()).isEqualTo(30003);
        Verdict forbidden = reprint.verdict(List.of("stolen"), true, Optional.empty());
        assertThat(forbidden.errStatus()).isEqualTo(30002);
        assertThat(forbidden.checkState()).isEqualTo(3);
    }

    @Test
    void reprint_moderationStatusWins() {
        assertThat(reprint.verdict(List.of("copied"), true, Optional.of(10001)).errStatus()).isEqualTo(10001);
        assertThat(reprint.verdict(List.of(), true, Optional.of(20002)).errStatus()).isEqualTo(20002);
    }
}
