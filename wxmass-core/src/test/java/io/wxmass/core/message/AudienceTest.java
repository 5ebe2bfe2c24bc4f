package io.wxmass.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void allFollowers_isOneExplicitValue_andNoOtherFactoryReachesIt() {
        assertThat(Audience.allFollowers()).isSameAs(Audience.allFollowers());
        assertThat(Audience.tag(0)).isNotInstanceOf(Audience.AllFollowers.class);
        assertThat(Audience.openIds(List.of("a", "b"))).isNotInstanceOf(Audience.AllFollowers.class);
    }

    @Test
    void allFollowers_hasNoPublicConstructor() {
        assertThat(Arrays.stream(Audience.AllFollowers.class.getDeclaredConstructors())
                .allMatch(c -> java.lang.reflect.Modifier.isPrivate(c.getModifiers()))).isTrue();
    }

    @Test
    void tag_whenIdNegative_isRefusedNamingTagId() {
        assertThatThrownBy(() -> Audience.tag(-1))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("filter.tag_id"));
    }

    @Test
    void openIds_removesDuplicates_keepingFirstOccurrenceOrder() {
        Audience.OpenIds ids = (Audience.OpenIds) Audience.openIds(List.of("c", "a", "c", "b", "a"));
        assertThat(ids.openIds()).containsExactly("c", "a", "b");
    }

    @Test
    void openIds_whenOnlyOneAfterDedupe_isRefused() {
        assertThatThrownBy(() -> Audience.openIds(List.of("a", "a", "a")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("touser");
                    assertThat(e.rule()).contains("2 to 10000").contains("got 1");
                });
    }

    @Test
    void openIds_whenTwoDistinct_isAccepted() {
        assertThat(((Audience.OpenIds) Audience.openIds(List.of("a", "b"))).openIds()).hasSize(2);
    }

    @Test
    void openIds_when10000Distinct_isAccepted() {
        assertThat(((Audience.OpenIds) Audience.openIds(ids(10_000))).openIds()).hasSize(10_000);
    }

    @Test
    void openIds_when10001Distinct_isRefused() {
        assertThatThrownBy(() -> Audience.openIds(ids(10_001)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.rule()).contains("got 10001"));
    }

    @Test
    void openIds_when10001WithOneDuplicate_isAcceptedAs10000() {
        List<String> ids = new ArrayList<>(ids(10_000));
        ids.add("o0");
        assertThat(((Audience.OpenIds) Audience.openIds(ids)).openIds()).hasSize(10_000);
    }

    @Test
    void openIds_whenAnIdIsBlankOrNull_isRefused() {
        assertThatThrownBy(() -> Audience.openIds(List.of("a", " ")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("touser"));
        assertThatThrownBy(() -> Audience.openIds(Arrays.asList("a", "b", null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("touser"));
    }

    @Test
    void openIds_copiesTheCallersList() {
        List<String> callers = new ArrayList<>(List.of("a", "b"));
        Audience.OpenIds ids = (Audience.OpenIds) Audience.openIds(callers);
        callers.add("c");
        assertThat(ids.openIds()).containsExactly("a", "b");
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "o" + i).toList();
    }
}
