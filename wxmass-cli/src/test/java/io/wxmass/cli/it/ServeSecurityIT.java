package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.core.callback.Signatures;
import io.wxmass.core.http.Endpoints;
import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's findings against {@code serve} and {@code keys}, through the real jar: a stranger on loopback,
 * a web page, a revoked key, a key that could leak, too many previews. Each is refused naming the field or
 * the reason, and the sandbox's counters show nothing was sent.
 */
class ServeSecurityIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TEXT_TO_ALL = "{\"name\":\"stranger\",\"message\":{\"type\":\"text\",\"content\":\"hi\"},\"audience\":{\"type\":\"all\"}}";

    private static Sandbox sandbox;
    private static Path db;
    private static JarRunner.Background serve;
    private static String apiUrl;
    private static String callbackUrl;
    private static String writerKey;
    private static String readerKey;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxFixture.start(30);
        db = Files.createTempFile("wxmass-serve-it", ".db");
        writerKey = json("keys", "create", "--name", "it-writer", "--scopes", "read,create", "--json").get("key").asText();
        readerKey = json("keys", "create", "--name", "it-reader", "--scopes", "read", "--json").get("key").asText();
        serve = runner().start("serve", "--port", "0", "--api-port", "0", "--poll-every", "PT1S");
        callbackUrl = serve.awaitLine("callbackUrl: ").substring("callbackUrl: ".length());
        apiUrl = serve.awaitLine("apiUrl: ").substring("apiUrl: ".length());
    }

    @AfterAll
    static void stop() throws Exception {
        serve.close();
        sandbox.close();
        Files.deleteIfExists(db);
    }

    private static JarRunner runner() {
        return SandboxFixture.runnerFor(sandbox).env("WXMASS_DB_URL", "jdbc:sqlite:" + db).env("WXMASS_TOKEN", "itServeToken");
    }

    private static JsonNode json(String... args) throws IOException {
        JarRunner.Run run = runner().run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return JSON.readTree(run.stdout());
    }

    private static HttpResponse<String> post(String url, String body, String key, String contentType, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long massRequests() {
        return sandbox.admin().requests(Endpoints.MASS_SENDALL.path()) + sandbox.admin().requests(Endpoints.MASS_SEND.path())
                + sandbox.admin().requests(Endpoints.MASS_PREVIEW.path());
    }

    @Test
    void aStrangerOnLoopback_cannotCreateOrList_andAWebPageCannotEitherWithAKey() throws Exception {
        HttpResponse<String> stranger = post(apiUrl, TEXT_TO_ALL, null, "application/json", null);
        HttpResponse<String> list = HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> textPlain = post(apiUrl, TEXT_TO_ALL, writerKey, "text/plain", null);
        HttpResponse<String> foreign = post(apiUrl, TEXT_TO_ALL, writerKey, "application/json", "https://evil.example");
        HttpResponse<String> reader = post(apiUrl, TEXT_TO_ALL, readerKey, "application/json", null);

        assertThat(stranger.statusCode()).isEqualTo(401);
        assertThat(list.statusCode()).isEqualTo(401);
        assertThat(textPlain.statusCode()).isEqualTo(415);
        assertThat(JSON.readTree(textPlain.body()).get("error").get("field").asText()).isEqualTo("Content-Type");
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(foreign.body()).get("error").get("field").asText()).isEqualTo("Origin");
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(json("campaign", "list", "--json").get("campaigns")).isEmpty();
        assertThat(massRequests()).isZero();
    }

    @Test
    void keysRevoke_throughTheJar_refusesTheKeyInTheRunningServe() throws Exception {
        String key = json("keys", "create", "--name", "it-temp", "--scopes", "read", "--json").get("key").asText();
        int before = HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl)).header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();

        JsonNode revoked = json("keys", "revoke", "it-temp", "--json");
        int after = HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl)).header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();

        assertThat(before).isEqualTo(200);
        assertThat(revoked.get("revokedAt").isTextual()).isTrue();
        assertThat(after).isEqualTo(401);
    }

    @Test
    void theKey_isPrintedOnceByCreate_andNowhereElse_notInListJson_theLog_orTheDatabase() throws Exception {
        JarRunner.Run created = runner().run("keys", "create", "--name", "it-secret", "--scopes", "admin");
        String key = created.stdout().lines().filter(l -> l.startsWith("key: ")).findFirst().orElseThrow().substring(5);
        HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl)).header("Authorization", "Bearer " + key + "x").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JarRunner.Run listed = runner().run("keys", "list", "--json");
        JarRunner.Run human = runner().run("keys", "list");
        String database = new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1)
                + (Files.exists(Path.of(db + "-wal")) ? new String(Files.readAllBytes(Path.of(db + "-wal")), StandardCharsets.ISO_8859_1) : "");

        assertThat(created.exitCode()).isZero();
        assertThat(key).matches("wxk_[A-Za-z0-9_-]{43}");
        assertThat(created.stderr()).contains("shown only now").doesNotContain(key);
        assertThat(listed.stdout()).contains("it-secret").doesNotContain(key.substring(4));
        assertThat(human.stdout()).contains("it-secret").doesNotContain(key.substring(4));
        assertThat(serve.stderr()).doesNotContain(key.substring(4));
        assertThat(database).doesNotContain(key.substring(4));
    }

    @Test
    void serve_apiOnANonLoopbackInterfaceWithoutAKey_isRefusedInOneLine() throws IOException {
        Path empty = Files.createTempFile("wxmass-serve-nokeys", ".db");
        JarRunner.Run run = SandboxFixture.runnerFor(sandbox).env("WXMASS_DB_URL", "jdbc:sqlite:" + empty)
                .env("WXMASS_TOKEN", "itServeToken").run("serve", "--port", "0", "--api-port", "0", "--api-host", "0.0.0.0");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.stderr().strip().lines()).singleElement().asString()
                .startsWith("wxmass: error: --api-host:").contains("create one first");
        assertThat(run.stdout()).doesNotContain("apiUrl");
        Files.deleteIfExists(empty);
    }

    @Test
    void serve_badPublicNameOrCallbackPath_isAUsageErrorNamingTheFlag() {
        JarRunner.Run name = runner().run("serve", "--port", "0", "--api-port", "0", "--public-name", "evil name");
        JarRunner.Run path = runner().run("serve", "--port", "0", "--api-port", "0", "--callback-path", "wx");

        assertThat(name.exitCode()).as(name.toString()).isEqualTo(2);
        assertThat(name.stderr()).startsWith("wxmass: error: --public-name:");
        assertThat(path.exitCode()).as(path.toString()).isEqualTo(2);
        assertThat(path.stderr()).startsWith("wxmass: error: --callback-path:");
    }

    @Test
    void keysCreate_withAnUnknownScope_isAUsageErrorNamingIt() {
        JarRunner.Run run = runner().run("keys", "create", "--name", "x", "--scopes", "read,root");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--scopes").contains("root");
    }

    @Test
    void seventyPreviewRecipients_areRefusedAtCreate_overRestAndTheCli_andNoPreviewIsSent() throws Exception {
        String ids = JSON.writeValueAsString(Collections.nCopies(70, SandboxFixture.openIds(sandbox, 0, 1).get(0)));
        HttpResponse<String> rest = post(apiUrl, "{\"name\":\"p\",\"message\":{\"type\":\"text\",\"content\":\"c\"},"
                + "\"audience\":{\"type\":\"all\"},\"previewOpenIds\":" + ids + "}", writerKey, "application/json", null);
        JarRunner.Run cli = runner().run("campaign", "create", "--name", "p", "--all", "--text", "c",
                "--preview-to", String.join(",", SandboxFixture.openIds(sandbox, 0, 21)));

        assertThat(rest.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(rest.body()).get("error").get("field").asText()).isEqualTo("previewOpenIds");
        assertThat(cli.exitCode()).as(cli.toString()).isEqualTo(2);
        assertThat(cli.stderr()).contains("previewOpenIds").contains("at most 20");
        assertThat(massRequests()).isZero();
    }

    @Test
    void sixtyFourSlowClientsOnEachPort_theSignedHandshakeIsStillAnsweredWithinOneSecond() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) { // from other loopback addresses, as from other hosts: never finish their headers
                slow.add(slowClient("127.0.1." + (i + 1), URI.create(callbackUrl).getPort()));
                slow.add(slowClient("127.0.2." + (i + 1), URI.create(apiUrl).getPort()));
            }
            String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
            String signature = Signatures.sign("itServeToken", timestamp, "slow-it");

            long start = System.nanoTime();
            HttpResponse<String> handshake = HTTP.send(HttpRequest.newBuilder(URI.create(callbackUrl + "?signature=" + signature
                    + "&timestamp=" + timestamp + "&nonce=slow-it&echostr=stillHere")).GET().build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            int api = HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl)).header("Authorization", "Bearer " + readerKey).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();

            assertThat(handshake.body()).isEqualTo("stillHere");
            assertThat(millis).as("handshake ms with 128 slow sockets open").isLessThan(1_000);
            assertThat(api).isEqualTo(200);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    private static Socket slowClient(String from, int port) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
        socket.getOutputStream().write("POST /wx/callback HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }
}
