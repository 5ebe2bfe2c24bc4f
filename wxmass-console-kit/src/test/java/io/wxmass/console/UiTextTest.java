package io.wxmass.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UiTextTest {
    @Test
    void get_fillsArguments_andRefusesUnknownOrRepeatedKeys() {
        UiText text = UiText.builder().e("n", "{0} 个", "{0} items").build();
        assertThat(text.get(Lang.ZH, "n", 3)).isEqualTo("3 个");
        assertThat(text.get(Lang.EN, "lang.switch")).isEqualTo("中文");
        assertThatThrownBy(() -> text.get(Lang.EN, "nope"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UiText.builder().e("live", "a", "b"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
