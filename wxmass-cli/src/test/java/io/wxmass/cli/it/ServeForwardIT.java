package io.wxmass.cli.it;

import com.sun.net.httpserver.HttpServer;
import io.wxmass.campaign.inbox.ForwardKey;
import io.wxmass.campaign.inbox.ForwardSignature;
import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.callback.MessageCrypto;
import io.wxmass.core.callback.Signatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve --forward-to}: the platform's signed safe-mode pushes, the operator's application as its own HTTP server. */
class ServeForwardIT {
    private static final String KEY = "0123456789abcdef0123456789abcdef-it-forward";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String PUSH = "<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[oUserA]]></FromUserName>"
            + "<CreateTime>1714037059</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hello, is the sale still on?]]>"
            + "</Content><MsgId>23012345678901234</MsgId></xml>";
    private static final String DEDUPE_KEY = "msg:23012345678901234";

    @TempDir
    Path folder;

    @Test
    void pushForwardedToAnApplicationThatIsDown_isAnsweredSuccessAndStored_thenDeliveredOnceSignedWhenItIsUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (ServeFixture serve = ServeFixture.startServing(0, forwardArgs(URI.create("http://127.0.0.1:" + port + "/wx/messages")))) {
            HttpResponse<String> answer = push(serve, PUSH);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).as("the platform is told success; the message waits for the application").isEqualTo("success");
            assertThat(state(serve.db)).isEqualTo("PENDING");

            try (App app = App.start(port, "success")) {
                assertThat(await(() -> "DELIVERED".equals(state(serve.db)))).as("delivered once the application is up").isTrue();
                assertThat(app.received).hasSize(1);
                App.Received got = app.received.get(0);
                assertThat(new String(got.body(), StandardCharsets.UTF_8)).contains("hello, is the sale still on?");
                assertThat(got.header("X-Wxmass-Dedupe-Key")).isEqualTo(DEDUPE_KEY);
                assertThat(new ForwardSignature(ForwardKey.of(KEY)).verify(got.header(ForwardSignature.SIGNATURE_HEADER),
                        got.header(ForwardSignature.TIMESTAMP_HEADER), got.body())).as("signed with the forward key").isTrue();

                assertThat(push(serve, PUSH).body()).as("the platform's retry of the same message").isEqualTo("success");
                assertThat(serve.json("inbox", "list", "--dead", "--json").get("count").asLong()).isZero();
                assertThat(app.received).as("stored and delivered once, the retry not forwarded again").hasSize(1);
            }
        }
    }

    @Test
    void applicationAnsweringAPassiveReplyInTime_hasItSealedBackToThePlatform() throws Exception {
        String reply = "<xml><ToUserName><![CDATA[oUserA]]></ToUserName><FromUserName><![CDATA[gh_4d00ed8d6399]]></FromUserName>"
                + "<CreateTime>1714037060</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[Yes, until Sunday.]]></Content></xml>";
        try (App app = App.start(0, reply);
             ServeFixture serve = ServeFixture.startServing(0, forwardArgs(app.url()))) {
            HttpResponse<String> answer = push(serve, PUSH);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain("Yes, until Sunday.");
            String encrypt = element(answer.body(), "Encrypt");
            String timestamp = element(answer.body(), "TimeStamp");
            String nonce = element(answer.body(), "Nonce");
            assertThat(element(answer.body(), "MsgSignature")).isEqualTo(EncryptedEnvelope.msgSignature(ServeFixture.TOKEN, timestamp, nonce, encrypt));
            assertThat(crypto(serve).decrypt(encrypt)).isEqualTo(reply);
            assertThat(state(serve.db)).isEqualTo("DELIVERED");
            assertThat(app.received).hasSize(1);
        }
    }

    private String[] forwardArgs(URI app) throws Exception {
        Path keyFile = folder.resolve("forward.key");
        Files.writeString(keyFile, KEY + "\n");
        return new String[] {"--forward-to", app.toString(), "--forward-key-file", keyFile.toString()};
    }

    private static MessageCrypto crypto(ServeFixture serve) {
        return new MessageCrypto(serve.sandbox.appId(), AesKey.fromEncodingAesKey(ServeFixture.AES_KEY));
    }

    /** The push in safe mode, as the platform sends it. */
    private static HttpResponse<String> push(ServeFixture serve, String xml) throws Exception {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        String nonce = Long.toString(System.nanoTime());
        EncryptedEnvelope.Sealed sealed = EncryptedEnvelope.sealRequest(crypto(serve), ServeFixture.TOKEN, "gh_4d00ed8d6399", xml, timestamp, nonce);
        URI uri = URI.create(serve.callbackUrl + "?signature=" + Signatures.sign(ServeFixture.TOKEN, timestamp, nonce) + "&timestamp="
                + timestamp + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature=" + sealed.msgSignature());
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(sealed.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</" + name + ">").matcher(xml);
        assertThat(m.find()).as(name + " in " + xml).isTrue();
        return m.group(1);
    }

    /** The message's forward_state in serve's store, read as an operator's tool would. */
    private static String state(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement ps = c.prepareStatement("SELECT forward_state FROM inbox_message WHERE dedupe_key = ?")) {
            ps.setString(1, DEDUPE_KEY);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static boolean await(Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return true;
            }
            Thread.sleep(100);
        }
        return check.holds();
    }

    /** The operator's application: records each forward and answers {@code body}. */
    private static final class App implements AutoCloseable {
        record Received(Map<String, List<String>> headers, byte[] body) {
            String header(String name) {
                return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                        .findFirst().orElse(null);
            }
        }

        final List<Received> received = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        private App(HttpServer server) {
            this.server = server;
        }

        static App start(int port, String body) throws Exception {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            App app = new App(server);
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            server.createContext("/wx/messages", exchange -> {
                app.received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
                exchange.sendResponseHeaders(200, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            });
            server.start();
            return app;
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wx/messages");
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
