package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.wxmass.cli.it.SandboxFixture.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/** draft, publish and send --dry-run through the real jar against one in-process sandbox. */
class DraftPublishCommandsIT {
    private static final String SENDALL = "/cgi-bin/message/mass/sendall";

    private static Sandbox sandbox;
    private static String thumb;

    @BeforeAll
    static void startSandbox() throws IOException {
        sandbox = SandboxFixture.start(20);
        thumb = okJson(wxmass("upload-image", "--thumb", SandboxFixture.resource("/media/thumb.jpg"), "--json"))
                .get("mediaId").asText();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private static JarRunner.Run wxmass(String... args) {
        return SandboxFixture.runnerFor(sandbox).run(args);
    }

    private static String addDraft(String title) throws IOException {
        return okJson(wxmass("draft", "add", "--title", title, "--thumb-media-id", thumb, "--author", "wxmass",
                "--content-file", SandboxFixture.resource("/media/article.html"), "--crop-235", "0.1945_0_1_0.5236",
                "--json")).get("mediaId").asText();
    }

    @Test
    void draft_addGetUpdateListDelete_followsADraftThroughTheBox() throws IOException {
        String mediaId = addDraft("IT draft");

        JsonNode got = okJson(wxmass("draft", "get", "--json", "--", mediaId));
        okJson(wxmass("draft", "update", "--index", "0", "--title", "IT draft, revised", "--thumb-media-id", thumb,
                "--content-file", SandboxFixture.resource("/media/article.html"), "--json", "--", mediaId));
        JsonNode revised = okJson(wxmass("draft", "get", "--json", "--", mediaId));
        JsonNode listed = okJson(wxmass("draft", "list", "--all", "--json"));
        JsonNode deleted = okJson(wxmass("draft", "delete", "--json", "--", mediaId));
        JarRunner.Run gone = wxmass("draft", "get", "--", mediaId);

        assertThat(got.path("articles").get(0).path("title").asText()).isEqualTo("IT draft");
        assertThat(got.path("articles").get(0).path("author").asText()).isEqualTo("wxmass");
        assertThat(revised.path("articles").get(0).path("title").asText()).isEqualTo("IT draft, revised");
        assertThat(listed.path("drafts").findValuesAsText("mediaId")).contains(mediaId);
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(gone.exitCode()).as(gone.toString()).isEqualTo(1);
        assertThat(gone.stderr()).contains("40007");
    }

    @Test
    void draftAdd_withATitleOver32Characters_isRefusedBeforeAnyRequest() {
        long before = sandbox.admin().requests("/cgi-bin/draft/add");

        JarRunner.Run run = wxmass("draft", "add", "--title", "x".repeat(33), "--thumb-media-id", thumb,
                "--content-file", SandboxFixture.resource("/media/article.html"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("articles.title", "at most 32 characters, got 33");
        assertThat(sandbox.admin().requests("/cgi-bin/draft/add")).isEqualTo(before);
    }

    @Test
    void draftAdd_imagePostWithoutImages_isRefusedNamingImageList() {
        JarRunner.Run run = wxmass("draft", "add", "--type", "newspic", "--title", "pics",
                "--content-file", SandboxFixture.resource("/media/article.html"));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr()).contains("articles.image_info.image_list", "1 to 20 images");
    }

    @Test
    void publish_submitWaitStatusListDelete_followsAPublishWithoutSendingToAnyone() throws IOException {
        String mediaId = addDraft("IT publish");
        int jobsBefore = sandbox.admin().jobs(sandbox.appId()).size();

        JsonNode submitted = okJson(wxmass("publish", "submit", "--wait", "--poll", "PT0.2S", "--json", "--", mediaId));
        String publishId = submitted.path("publishId").asText();
        JsonNode status = okJson(wxmass("publish", "status", "--json", "--", publishId));
        JsonNode listed = okJson(wxmass("publish", "list", "--json"));
        String articleId = status.path("articleId").asText();
        JsonNode deleted = okJson(wxmass("publish", "delete", articleId, "--json"));

        assertThat(submitted.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(status.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(status.path("articleUrls").path("1").asText()).startsWith("http");
        assertThat(listed.path("items").findValuesAsText("articleId")).contains(articleId);
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(sandbox.admin().jobs(sandbox.appId())).as("publishing sends nothing to followers").hasSize(jobsBefore);
    }

    @Test
    void sendDryRun_printsFindingsAndTheRequest_andSendsNothing() throws IOException {
        long before = sandbox.admin().requests(SENDALL);

        JsonNode dry = okJson(wxmass("send", "--dry-run", "--tag", "2", "--mpnews", "SOME_DRAFT", "--json"));

        assertThat(dry.path("dryRun").asBoolean()).isTrue();
        assertThat(dry.path("endpoint").asText()).isEqualTo(SENDALL);
        assertThat(dry.path("body").path("mpnews").path("media_id").asText()).isEqualTo("SOME_DRAFT");
        assertThat(dry.path("findings").findValuesAsText("rule")).containsExactly("IGNORE_REPRINT_CHOICE");
        assertThat(dry.path("verdict").asText()).isEqualTo("warnings");
        assertThat(sandbox.admin().requests(SENDALL)).isEqualTo(before);
    }

    @Test
    void sendDryRun_withAnExplicitReprintChoice_isClean() throws IOException {
        JsonNode dry = okJson(wxmass("send", "--dry-run", "--all", "--mpnews", "SOME_DRAFT", "--no-ignore-reprint", "--json"));

        assertThat(dry.path("findings")).isEmpty();
        assertThat(dry.path("body").path("send_ignore_reprint").asInt(-1)).isZero();
        assertThat(dry.path("verdict").asText()).isEqualTo("clean");
    }

    @Test
    void uploadNewsDraft_makesADraftTheBoxKnows() throws IOException {
        String mediaId = okJson(wxmass("upload-news", "--title", "via upload-news", "--thumb-media-id", thumb,
                "--content-file", SandboxFixture.resource("/media/article.html"), "--draft", "--json"))
                .get("mediaId").asText();

        assertThat(okJson(wxmass("draft", "get", "--json", "--", mediaId)).path("articles").get(0).path("title").asText())
                .isEqualTo("via upload-news");
    }
}
