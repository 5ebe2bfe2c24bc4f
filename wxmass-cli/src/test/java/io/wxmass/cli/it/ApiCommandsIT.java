package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform commands through the real jar against one in-process sandbox: happy paths. */
class ApiCommandsIT {

    private static Sandbox sandbox;
    private static Tag tag;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxFixture.start(50);
        tag = SandboxFixture.tagFirst(sandbox, "it-vip", 10);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static JarRunner.Run wxmass(String... args) {
        return SandboxFixture.runnerFor(sandbox).run(args);
    }

    private static JsonNode json(JarRunner.Run run) throws IOException {
        return SandboxFixture.okJson(run);
    }

    @Test
    void send_toTag_submitsOneJobForTheTagMembers_andPrintsItForPeople() {
        JarRunner.Run run = wxmass("send", "--tag", String.valueOf(tag.id()), "--text", "hello tag");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        Matcher msgId = Pattern.compile("(?m)^msgId: (\\d+)$").matcher(run.stdout());
        assertThat(msgId.find()).as(run.stdout()).isTrue();
        MassJob job = sandbox.admin().job(sandbox.appId(), Long.parseLong(msgId.group(1))).orElseThrow();
        assertThat(job.msgType()).isEqualTo("text");
        assertThat(job.totalCount()).isEqualTo(10);
        assertThat(run.stdout()).contains("duplicate: false");
    }

    @Test
    void send_whenClientMsgIdReused_printsTheSameJobAsDuplicate() throws Exception {
        List<String> to = SandboxFixture.openIds(sandbox, 20, 3);
        String[] args = {"send", "--to", String.join(",", to), "--text", "once only", "--clientmsgid", "it-once-1", "--json"};
        JsonNode first = json(wxmass(args));
        int jobsAfterFirst = sandbox.admin().jobs(sandbox.appId()).size();
        // Past the platform's 60 s "retry too fast" window (45066), so the answer is 45065 with the existing job.
        sandbox.admin().advanceClock(java.time.Duration.ofSeconds(61));

        JsonNode second = json(wxmass(args));

        assertThat(second.get("msgId").asLong()).isEqualTo(first.get("msgId").asLong());
        assertThat(second.get("duplicate").asBoolean()).isTrue();
        assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(jobsAfterFirst);
    }

    @Test
    void preview_toOpenId_reachesThatUserOnly() throws Exception {
        String openId = SandboxFixture.openIds(sandbox, 30, 1).get(0);

        JsonNode result = json(wxmass("preview", "--openid", openId, "--text", "preview me", "--json"));

        assertThat(result.get("previewed").asBoolean()).isTrue();
        assertThat(sandbox.admin().previews(sandbox.appId(), openId)).hasSize(1);
    }

    @Test
    void uploadsThenSendThenStatusThenDelete_followAnArticleThroughItsLife() throws Exception {
        String url = json(wxmass("upload-image", SandboxFixture.resource("/media/article-image.png"), "--json")).get("url").asText();
        String thumb = json(wxmass("upload-image", "--thumb", SandboxFixture.resource("/media/thumb.jpg"), "--json"))
                .get("mediaId").asText();
        String news = json(wxmass("upload-news", "--title", "IT article", "--thumb-media-id", thumb,
                "--content-file", SandboxFixture.resource("/media/article.html"), "--json")).get("mediaId").asText();
        long msgId = json(wxmass("send", "--tag", String.valueOf(tag.id()), "--mpnews", news, "--json")).get("msgId").asLong();
        sandbox.admin().awaitIdle(java.time.Duration.ofSeconds(10));

        JsonNode status = json(wxmass("status", String.valueOf(msgId), "--json"));
        JsonNode deleted = json(wxmass("delete", String.valueOf(msgId), "--json"));
        JsonNode afterDelete = json(wxmass("status", String.valueOf(msgId), "--json"));

        assertThat(url).startsWith("http");
        assertThat(status.get("status").asText()).isEqualTo("SEND_SUCCESS");
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(afterDelete.get("status").asText()).isEqualTo("DELETE");
    }

    @Test
    void uploadVideo_fromFile_printsAnMpvideoMediaId() throws Exception {
        JsonNode video = json(wxmass("upload-video", "--file", SandboxFixture.resource("/media/clip.mp4"),
                "--title", "clip", "--description", "a short clip", "--json"));

        assertThat(video.get("mediaId").asText()).isNotBlank();
        assertThat(video.get("type").asText()).isEqualTo("video");
    }

    @Test
    void speed_setThenGet_printsTheLevelAndItsRealSpeed() throws Exception {
        JsonNode set = json(wxmass("speed", "--set", "2", "--json"));
        JsonNode get = json(wxmass("speed", "--json"));

        assertThat(set.get("speed").asInt()).isEqualTo(2);
        assertThat(get.get("speed").asInt()).isEqualTo(2);
        assertThat(get.get("realspeed").asLong()).isEqualTo(45);
    }

    @Test
    void quota_reportsTheMassSendsSharedDay_andAPathGivenAsArgument() throws Exception {
        List<String> to = SandboxFixture.openIds(sandbox, 40, 2);
        JsonNode before = json(wxmass("quota", "--json"));
        json(wxmass("send", "--to", String.join(",", to), "--text", "counted", "--json"));

        JsonNode after = json(wxmass("quota", "/cgi-bin/message/mass/send", "--json"));
        JarRunner.Run unknown = wxmass("quota", "/cgi-bin/no/such/api");

        assertThat(before.get("cgiPath").asText()).isEqualTo("/cgi-bin/message/mass/sendall");
        assertThat(after.get("dailyLimit").asLong()).isEqualTo(100);
        assertThat(after.get("used").asLong()).isEqualTo(before.get("used").asLong() + 1);
        assertThat(after.get("remain").asLong()).isEqualTo(100 - after.get("used").asLong());
        assertThat(after.get("rateLimitCalls").asLong()).isEqualTo(60);
        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(1);
        assertThat(unknown.stderr()).contains("76021");
    }

    @Test
    void configuration_fileSuppliesCredentials_flagBeatsEnvironment_environmentBeatsFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("wxmass.properties");
        Files.writeString(config, "appId=" + sandbox.appId() + "\nappSecret=" + sandbox.appSecret() + "\n");

        JarRunner.Run flagWins = new JarRunner().env("WXMASS_BASE_URL", "http://127.0.0.1:9")
                .run("speed", "--config", config.toString(), "--base-url", sandbox.baseUrl(), "--json");
        JarRunner.Run envWins = new JarRunner().env("WXMASS_APP_SECRET", "not-the-secret").env("WXMASS_BASE_URL", sandbox.baseUrl())
                .run("speed", "--config", config.toString());

        assertThat(flagWins.exitCode()).as(flagWins.toString()).isZero();
        assertThat(envWins.exitCode()).as(envWins.toString()).isEqualTo(1);
        assertThat(envWins.stderr()).contains("/cgi-bin/stable_token").doesNotContain("not-the-secret");
    }
}
