package io.wxmass.cli.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {
    @Test
    void escape_ofEscapeSequencesAndNewlines_makesThemVisible() {
        assertThat(TerminalText.escape("a\u001B[2Jb\nc\rd")).isEqualTo("a\\u001B[2Jb\\u000Ac\\u000Dd");
    }

    @Test
    void escape_ofBidiOverridesAndC1Controls_makesThemVisible() {
        assertThat(TerminalText.escape("x\u202Eevil\u2066y\u009Bz")).isEqualTo("x\\u202Eevil\\u2066y\\u009Bz");
    }

    @Test
    void escape_ofOrdinaryTextInAnyScript_isUnchanged() {
        String text = "春季促销 – café 👩\u200D💻 #1";
        assertThat(TerminalText.escape(text)).isSameAs(text);
    }
}
