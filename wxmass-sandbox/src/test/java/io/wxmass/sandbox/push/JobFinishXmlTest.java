package io.wxmass.sandbox.push;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.sandbox.delivery.CopyrightItem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobFinishXmlTest {

    @Test
    void write_officialErr30003Example_matchesSpecElementForElement() throws IOException {
        JobFinishEvent event = new JobFinishEvent("gh_4d00ed8d6399", "oV5CrjpxgaGXNHIQigzNlgLTnwic", 1481013459L,
                1000001625L, "err(30003)", 0, 0, 0, 0, 2,
                List.of(item(1, "Url_1"), item(2, "Url_2")), List.of());

        assertThat(JobFinishXml.write(event)).isEqualTo(fixture("official-err30003.xml"));
    }

    @Test
    void write_successWithArticleUrls_addsArticleUrlResultInOrder() throws IOException {
        JobFinishEvent event = new JobFinishEvent("gh_test", "oaJbgjooOpenId", 1711931950L, 3162228393L,
                "send success", 2, 1, 1, 0, 1, List.of(),
                List.of("http://mp.weixin.qq.com/s/first", "http://mp.weixin.qq.com/s/second"));

        assertThat(JobFinishXml.write(event)).isEqualTo(fixture("text-send-success-with-urls.xml"));
    }

    @Test
    void write_withoutArticleUrls_omitsArticleUrlResult() {
        JobFinishEvent event = new JobFinishEvent("gh_test", "oOpenId", 1L, 7L, "send success", 1, 1, 1, 0, 1,
                List.of(), List.of());

        assertThat(JobFinishXml.write(event)).doesNotContain("ArticleUrlResult")
                .contains("<CopyrightCheckResult><Count>0</Count><ResultList></ResultList><CheckState>1</CheckState>");
    }

    @Test
    void write_urlContainingCdataTerminator_cannotBreakOutOfItsElement() {
        JobFinishEvent event = new JobFinishEvent("gh_test", "oOpenId", 1L, 7L, "send success", 1, 1, 1, 0, 1,
                List.of(item(1, "http://x/]]><Injected/>")), List.of());

        assertThat(JobFinishXml.write(event)).doesNotContain("]]><Injected/>");
    }

    @Test
    void writeWithEncrypt_keepsPlainFieldsAndAppendsEncrypt() {
        JobFinishEvent event = new JobFinishEvent("gh_test", "oOpenId", 1L, 7L, "send success", 1, 1, 1, 0, 1,
                List.of(), List.of());

        String xml = JobFinishXml.writeWithEncrypt(event, "c2VjcmV0");

        assertThat(xml).startsWith(JobFinishXml.write(event).replace("</xml>", ""))
                .endsWith("<Encrypt><![CDATA[c2VjcmV0]]></Encrypt></xml>");
    }

    private static CopyrightItem item(int idx, String url) {
        return new CopyrightItem(idx, 0, 2, url, 1, 1, 1, 1);
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = JobFinishXmlTest.class.getResourceAsStream("/push/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replaceAll(">\\s+<", "><");
        }
    }
}
