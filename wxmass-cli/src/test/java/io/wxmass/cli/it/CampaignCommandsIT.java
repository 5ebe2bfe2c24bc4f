package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.core.callback.Signatures;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns through the real jar: {@code wxmass serve} runs as its own process (the receiver the
 * sandbox pushes to, in safe mode), and {@code campaign create|run|list|show|retract} share its
 * SQLite file, as an operator would run them.
 */
class CampaignCommandsIT {
    private static final ObjectMapper JSON = ServeFixture.JSON;
    private static final String TOKEN = ServeFixture.TOKEN;

    private static ServeFixture fixture;
    private static Sandbox sandbox;
    private static Tag tag;
    private static String callbackUrl;
    private static String apiUrl;

    @BeforeAll
    static void start() throws Exception {
        fixture = ServeFixture.start(120);
        sandbox = fixture.sandbox;
        tag = SandboxFixture.tagFirst(sandbox, "it-campaign", 15);
        callbackUrl = fixture.callbackUrl;
        apiUrl = fixture.apiUrl;
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    private static JsonNode json(String... args) throws IOException {
        return fixture.json(args);
    }

    @Test
    void createRunShowList_openIdFileCampaign_settledByEventsThroughServe() throws Exception {
        Path file = Files.createTempFile("it-openids", ".txt");
        Files.write(file, SandboxFixture.openIds(sandbox, 40, 60));
        String id = json("campaign", "create", "--name", "it openids", "--openid-file", file.toString(),
                "--text", "campaign text", "--json").get("id").asText();

        JsonNode totals = json("campaign", "run", id, "--approve", "--wait", "--max-wait", "PT60S", "--json");
        JsonNode shown = json("campaign", "show", id, "--json");
        JsonNode listed = json("campaign", "list", "--json");

        assertThat(totals.get("done").asBoolean()).isTrue();
        assertThat(totals.get("counts").get("sent").asLong()).isEqualTo(60);
        assertThat(totals.get("batches").get("FINISHED").asInt()).isEqualTo(1);
        assertThat(shown.get("campaign").get("state").asText()).isEqualTo("PLANNED");
        assertThat(shown.get("totals").get("counts").get("total").asLong()).isEqualTo(60);
        assertThat(listed.get("campaigns").findValuesAsText("id")).contains(id);
        assertThat(sandbox.admin().inbox(sandbox.appId(), SandboxFixture.openIds(sandbox, 40, 1).get(0))).hasSize(1);
        Files.deleteIfExists(file);
    }

    @Test
    void run_tagCampaignWithPreview_previewsThenSendsOnce_andRerunSendsNothingMore() throws Exception {
        String previewTo = SandboxFixture.openIds(sandbox, 100, 1).get(0);
        String id = json("campaign", "create", "--name", "it tag", "--tag", String.valueOf(tag.id()),
                "--text", "tag campaign", "--preview-to", previewTo, "--json").get("id").asText();

        JsonNode totals = json("campaign", "run", id, "--approve", "--preview", "--wait", "--max-wait", "PT60S", "--json");
        int jobs = sandbox.admin().jobs(sandbox.appId()).size();
        JsonNode again = json("campaign", "run", id, "--json");

        assertThat(sandbox.admin().previews(sandbox.appId(), previewTo)).hasSize(1);
        assertThat(totals.get("counts").get("sent").asLong()).isEqualTo(15);
        assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(jobs);
        assertThat(again.get("counts").get("sent").asLong()).isEqualTo(15);
    }

    @Test
    void retract_draftCampaign_marksItRetracted() throws Exception {
        String id = json("campaign", "create", "--name", "it retract", "--all", "--text", "never", "--json").get("id").asText();

        JsonNode retracted = json("campaign", "retract", id, "--json");
        JsonNode shown = json("campaign", "show", id, "--json");

        assertThat(retracted.get("campaignId").asText()).isEqualTo(id);
        assertThat(shown.get("campaign").get("state").asText()).isEqualTo("RETRACTED");
    }

    @Test
    void serve_restApi_createApproveSendStatusRetract() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"name\":\"rest\",\"message\":{\"type\":\"text\",\"content\":\"via REST\"},"
                + "\"audience\":{\"type\":\"openids\",\"openIds\":" + JSON.writeValueAsString(SandboxFixture.openIds(sandbox, 0, 5)) + "}}";

        HttpResponse<String> created = post(http, apiUrl, body);
        String id = JSON.readTree(created.body()).get("id").asText();
        HttpResponse<String> approved = post(http, apiUrl + "/" + id + "/approve", "");
        HttpResponse<String> sent = post(http, apiUrl + "/" + id + "/send", "");
        HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/" + id)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> retracted = http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/" + id)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(approved.body()).get("batches").asInt()).isEqualTo(1);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(JSON.readTree(status.body()).get("campaign").get("recipients").asLong()).isEqualTo(5);
        assertThat(retracted.statusCode()).isEqualTo(200);
    }

    @Test
    void serve_restApi_badBodyIs400NamingTheField_unknownIdIs404() throws Exception {
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> bad = post(http, apiUrl, "{\"name\":\"x\",\"message\":{\"type\":\"fax\"},\"audience\":{\"type\":\"all\"}}");
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(apiUrl + "/nope")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("error").get("field").asText()).isEqualTo("message.type");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void serve_callbackHandshake_echoesWhenSigned_refusesWhenNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
        String signature = Signatures.sign(TOKEN, timestamp, "n1");

        HttpResponse<String> good = http.send(HttpRequest.newBuilder(URI.create(callbackUrl + "?signature=" + signature
                + "&timestamp=" + timestamp + "&nonce=n1&echostr=hello42")).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(callbackUrl + "?signature=0000"
                + "&timestamp=" + timestamp + "&nonce=n2&echostr=hello42")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.body()).isEqualTo("hello42");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).isEmpty();
    }

    private static HttpResponse<String> post(HttpClient http, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
