package io.wxmass.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFrameTest {
    @Test
    void everyValue_isEscaped_inTextAndAttributes() {
        String page = PageFrame.of(Lang.EN, "Console <b>", "\"title\" & co").link("/a?x=\"1\"", "n<", "<i>nav</i>")
                .flash("<img src=x onerror=alert(1)>").render("<p>main</p>");
        assertThat(page).doesNotContain("<b>", "<i>", "<img", "\"title\" &", "x=\"1\"")
                .contains("Console &lt;b&gt;", "&lt;img src=x onerror=alert(1)&gt;", "<main id=\"main\"><p>main</p></main>");
        assertThat(Html.esc("'\"<>&")).doesNotContain("'", "\"", "<", ">").contains("&amp;");
        assertThat(Html.url("a b/中")).isEqualTo("a+b%2F%E4%B8%AD");
    }

    @Test
    void liveAndSwitch_pointAtTheStreamAndBackToThePage() {
        String page = PageFrame.of(Lang.ZH, "控制台", "活动").live("/console/live?c=a&v=3", "实时更新")
                .languageSwitch("English", "/console/campaigns/a b").render("");
        assertThat(page).startsWith("<!doctype html><html lang=\"zh-CN\">")
                .contains("data-events=\"/console/live?c=a&amp;v=3\"", "id=\"live\"",
                        "href=\"/console/lang?to=en&amp;back=%2Fconsole%2Fcampaigns%2Fa+b\" lang=\"en\">English</a>");
        assertThat(PageFrame.of(Lang.EN, "c", "t").render("")).doesNotContain("data-events", "id=\"live\"", "id=\"flash\"");
    }
}
