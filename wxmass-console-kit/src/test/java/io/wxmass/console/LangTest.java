package io.wxmass.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LangTest {
    @Test
    void acceptLanguage_chineseFirst_choosesChinese_elseEnglish() {
        assertThat(Lang.pick(null, "zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Lang.ZH);
        assertThat(Lang.pick(null, "ZH-tw")).isEqualTo(Lang.ZH);
        assertThat(Lang.pick(null, "en-US,zh;q=0.5")).isEqualTo(Lang.EN);
        assertThat(Lang.pick(null, null)).isEqualTo(Lang.EN);
    }

    @Test
    void cookie_winsOverAcceptLanguage() {
        assertThat(Lang.of("x=1; lang=en", "zh-CN")).isEqualTo(Lang.EN);
        assertThat(Lang.of("lang=zh", "en")).isEqualTo(Lang.ZH);
        assertThat(Lang.of("x=1", "zh-CN")).isEqualTo(Lang.ZH);
    }

    @Test
    void switch_remembersOnlyZhOrEn_andGoesBackOnlyToThisConsole() {
        assertThat(Lang.switchCookie("zh")).isEqualTo("lang=zh; Path=/; SameSite=Strict");
        assertThat(Lang.switchCookie("<script>")).isEqualTo("lang=en; Path=/; SameSite=Strict");
        assertThat(Lang.safeBack("/console/campaigns/c1")).isEqualTo("/console/campaigns/c1");
        assertThat(Lang.safeBack("//evil.example/")).isEqualTo("/");
        assertThat(Lang.safeBack("https://evil.example/")).isEqualTo("/");
        assertThat(Lang.safeBack("/\\evil.example")).isEqualTo("/");
        assertThat(Lang.safeBack(null)).isEqualTo("/");
    }

    @Test
    void tags_andTheOtherLanguage() {
        assertThat(Lang.ZH.tag()).isEqualTo("zh-CN");
        assertThat(Lang.ZH.other()).isEqualTo(Lang.EN);
        assertThat(Lang.EN.other().code()).isEqualTo("zh");
    }
}
