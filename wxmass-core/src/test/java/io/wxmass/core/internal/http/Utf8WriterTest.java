package io.wxmass.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
    @Test
    void write_acrossManyChunks_givesTheJdksUtf8Bytes() {
        String text = "openid 群发 é ✓ 😀 ".repeat(5_000); // ~130 KB of UTF-8: many chunks, pairs on their edges

        Utf8Writer out = new Utf8Writer();
        out.write(text.toCharArray(), 0, text.length());

        assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void write_whenASurrogatePairIsSplitBetweenTwoWrites_givesOneFourByteSequence() {
        char[] emoji = "😀".toCharArray();

        Utf8Writer out = new Utf8Writer();
        out.write(emoji, 0, 1);
        out.write(emoji, 1, 1);

        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("😀");
    }

    @Test
    void write_loneSurrogates_becomeQuestionMarksAsStringGetBytesDoes() {
        String broken = "a\uD83Db\uDE00c\uD83D";

        Utf8Writer out = new Utf8Writer();
        out.write(broken.toCharArray(), 0, broken.length());

        assertThat(out.toByteArray()).isEqualTo(broken.getBytes(StandardCharsets.UTF_8));
    }
}
