package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.config.ReprintRule;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.testing.SandboxPerTest;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.testing.MediaUploads;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** Moderation words and originality verdicts decided at send time, seen in the job (docs/platform.md §4.2). */
class MassVerdictTest extends SandboxPerTest {
    @Override
    protected SandboxBuilder configure(SandboxBuilder builder) {
        return builder.rules(RuleSettings.defaults()
                .withModeration(Map.of("加微信领红包", 10001))
                .withReprints(List.of(new ReprintRule("转载自甲", true, "http://mp.weixin.qq.com/s/a"),
                        new ReprintRule("抄袭乙", false, "http://mp.weixin.qq.com/s/b"))));
    }

    private MassJob sendNews(String body, int ignoreReprint) throws InterruptedException {
        String news = MediaUploads.news(client, "clean first article", body);
        JsonNode r = client.call("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":false,\"tag_id\":100},"
                + "\"mpnews\":{\"media_id\":\"" + news + "\"},\"msgtype\":\"mpnews\",\"send_ignore_reprint\":" + ignoreReprint + "}");
        return finished(r);
    }

    @Test
    void moderation_configuredWordInText_failsTheJobWithItsErrStatus() throws InterruptedException {
        MassJob job = finished(client.call("/cgi-bin/message/mass/sendall",
                "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"快来加微信领红包\"},\"msgtype\":\"text\"}"));
        assertThat(job.status()).isEqualTo(JobStatus.SEND_FAIL);
        assertThat(job.verdict().errStatus()).isEqualTo(10001);
        assertThat(job.sentCount()).isZero();
    }

    @Test
    void reprint_allowedAndSendIgnoreReprint1_isDeliveredWithCheckState2() throws InterruptedException {
        MassJob job = sendNews("转载自甲 的文章", 1);
        assertThat(job.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        assertThat(job.verdict().checkState()).isEqualTo(2);
        assertThat(job.verdict().copyrightItems()).singleElement().satisfies(i -> {
            assertThat(i.articleIdx()).isEqualTo(2);
            assertThat(i.canReprint()).isEqualTo(1);
        });
    }

    @Test
    void reprint_allowedButSendIgnoreReprint0_failsWithErr30003() throws InterruptedException {
        MassJob job = sendNews("转载自甲 的文章", 0);
        assertThat(job.status()).isEqualTo(JobStatus.SEND_FAIL);
        assertThat(job.verdict().errStatus()).isEqualTo(30003);
    }

    @Test
    void reprint_forbiddenByTheOriginal_failsWithErr30002EvenWhenIgnoring() throws InterruptedException {
        MassJob job = sendNews("抄袭乙 的文章", 1);
        assertThat(job.status()).isEqualTo(JobStatus.SEND_FAIL);
        assertThat(job.verdict().errStatus()).isEqualTo(30002);
        assertThat(job.verdict().checkState()).isEqualTo(3);
    }

    @Test
    void reprint_noMatch_isCleanWithCheckState1() throws InterruptedException {
        MassJob job = sendNews("all my own words", 0);
        assertThat(job.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        assertThat(job.verdict().checkState()).isEqualTo(1);
        assertThat(job.articleUrls()).hasSize(2);
    }
}
