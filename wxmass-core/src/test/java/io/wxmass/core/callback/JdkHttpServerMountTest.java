package io.wxmass.core.callback;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.MassSendJobFinished;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import io.wxmass.core.testing.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The handler mounted in the JDK HttpServer (as wxmass-campaign does), driven over real HTTP. */
class JdkHttpServerMountTest {
    private final List<CallbackEvent> received = new CopyOnWriteArrayList<>();
    private final MessageCrypto crypto = new MessageCrypto(SignedPush.APP_ID,
            AesKey.fromEncodingAesKey(AesKeyTest.SAMPLE_KEY));
    private final CallbackHandler handler = CallbackHandler.builder().token(SignedPush.TOKEN)
            .appId(SignedPush.APP_ID).aesKey(crypto.currentKey())
            .clock(new ManualClock(Instant.ofEpochSecond(CallbackHandlerTest.NOW))).listener(received::add).build();
    private final HttpServer server = start();
    private final HttpClient client = HttpClient.newHttpClient();

    private HttpServer start() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/wx", this::serve);
            s.start();
            return s;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        CallbackReply reply = handler.handle(exchange.getRequestMethod(),
                QueryString.parse(exchange.getRequestURI().getRawQuery()), body);
        byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", reply.contentType());
        exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(out);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI uri(SignedPush push) {
        String query = push.query().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/wx?" + query);
    }

    @Test
    void safeModePushOverHttp_isAnsweredSuccessAndDeliveredTyped() throws Exception {
        SignedPush push = SignedPush.safe(crypto, Fixtures.read("spec-4.3-real-push-2024.xml"),
                CallbackHandlerTest.NOW, "n-http-1");

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(push))
                .POST(HttpRequest.BodyPublishers.ofString(push.body())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("success");
        assertThat(received).singleElement().isInstanceOf(MassSendJobFinished.class);
    }

    @Test
    void handshakeOverHttp_echoesEchostrWithPlusAndPercentIntact() throws Exception {
        String ts = Long.toString(CallbackHandlerTest.NOW);
        SignedPush push = SignedPush.plain("", CallbackHandlerTest.NOW, "n-http-2").with("echostr", "a+b%20c");
        assertThat(push.query().get("signature")).isEqualTo(Signatures.sign(SignedPush.TOKEN, ts, "n-http-2"));

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(push)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("a+b%20c");
    }
}
