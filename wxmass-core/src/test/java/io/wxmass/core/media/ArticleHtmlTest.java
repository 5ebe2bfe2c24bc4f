package io.wxmass.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** The mini-program and image markup of seed 004 (the documented examples), escaped. */
class ArticleHtmlTest {

    @Test
    void miniProgramCard_matchesDocumentedTagAndAttributes() {
        assertThat(ArticleHtml.miniProgramCard("wx123123123", "pages/index/index", "小程序示例", "http://mmbizqbic.cn/demo.jpg"))
                .isEqualTo("<mp-miniprogram data-miniprogram-appid=\"wx123123123\" data-miniprogram-path=\"pages/index/index\""
                        + " data-miniprogram-title=\"小程序示例\" data-miniprogram-imageurl=\"http://mmbizqbic.cn/demo.jpg\""
                        + " data-progarm-imageurl=\"http://mmbizqbic.cn/demo.jpg\"></mp-miniprogram>");
    }

    @Test
    void miniProgramTextLink_matchesDocumentedExample() {
        assertThat(ArticleHtml.miniProgramTextLink("wx123123123", "pages/index", "点击文字跳转小程序"))
                .isEqualTo("<p><a data-miniprogram-appid=\"wx123123123\" data-miniprogram-path=\"pages/index\" href=\"\">"
                        + "点击文字跳转小程序</a></p>");
    }

    @Test
    void miniProgramImageLink_matchesDocumentedExample() {
        assertThat(ArticleHtml.miniProgramImageLink("wx123123123", "pages/index", "http://mmbiz.qpic.cn/mmbiz_jpg/demo/0?wx_fmt=jpg"))
                .isEqualTo("<p><a data-miniprogram-appid=\"wx123123123\" data-miniprogram-path=\"pages/index\" href=\"\">"
                        + "<img src=\"http://mmbiz.qpic.cn/mmbiz_jpg/demo/0?wx_fmt=jpg\" data-width=\"null\" data-ratio=\"NaN\"></a></p>");
    }

    @Test
    void image_escapesTheUrlIntoSrc() {
        assertThat(ArticleHtml.image("http://mmbiz.qpic.cn/a?x=1&y=2"))
                .isEqualTo("<img src=\"http://mmbiz.qpic.cn/a?x=1&amp;y=2\">");
    }

    @Test
    void attributesAndText_cannotBreakOutOfTheirTag() {
        String html = ArticleHtml.miniProgramCard("wx1", "p?a=\"1\"&b='2'", "<script>alert(1)</script>", "http://x/\"><b>");
        assertThat(html).doesNotContain("<script>").doesNotContain("\"><b>")
                .contains("data-miniprogram-path=\"p?a=&quot;1&quot;&amp;b=&#39;2&#39;\"")
                .contains("data-miniprogram-title=\"&lt;script&gt;alert(1)&lt;/script&gt;\"");
        assertThat(ArticleHtml.miniProgramTextLink("wx1", "p", "a < b & c")).contains(">a &lt; b &amp; c</a>");
    }

    @Test
    void blankInputs_areRefusedNamingTheField() {
        assertThatThrownBy(() -> ArticleHtml.miniProgramCard(" ", "p", "t", "i"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("miniprogram.appid"));
        assertThatThrownBy(() -> ArticleHtml.image(""))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("img.src"));
    }
}
