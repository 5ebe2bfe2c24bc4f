package io.wxmass.core.message;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequireTest {
    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "a\u001B[31mb", "a\u0085b", "a\u009Bb", "a\u202Eb", "a\u2066b", "a\u200Fb",
            "a\u2028b", "a\uFEFFb", "a\u0000b", "a\u007Fb"})
    void noControlOrBidi_refusesControlSeparatorAndBidiCharacters_namingTheFieldAndThePlace(String name) {
        assertThatThrownBy(() -> Require.noControlOrBidi(name, "name"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.rule()).contains("control or bidi").contains("at character 2");
                });
    }

    @Test
    void noControlOrBidi_acceptsTextInAnyScriptAndEmojiWithJoiners() {
        String name = "春季促销 – café 👩\u200D💻 \u0645\u0631\u062D\u0628\u0627";
        assertThat(Require.noControlOrBidi(name, "name")).isSameAs(name);
    }
}
