package io.wxmass.core.http.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.JdkHttpTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.testing.TestTls;
import io.wxmass.core.testing.Threads;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many callers and a stalled body over TLS; subclassed once per {@link HttpCaller}. (The JDK default runs the
 * client's tasks inline, no executor pool, which over TLS includes the handshake's tasks and the encrypted reads.)
 * The server is the JDK's HTTPS server with a self-signed certificate for 127.0.0.1 (fixture tls/localhost.p12).
 */
public abstract class TlsContract {
    private static final String TOKEN_ANSWER = "{\"access_token\":\"tls-token\",\"expires_in\":7200}";

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger served = new AtomicInteger();
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final HttpsServer server = start();

    /** The round trip under test for an https {@code baseUrl}, trusting the fixture's certificate through {@code tls}. */
    protected abstract HttpCaller caller(String baseUrl, SSLContext tls);

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void caller_overTls_answersSixteenConcurrentCallers() throws Exception {
        JdkHttpTransport transport = transport(Duration.ofSeconds(10));
        List<JsonNode> answers = Threads.callConcurrently(16, 25,
                () -> transport.execute(ApiRequest.get(Endpoints.TOKEN, Map.of("grant_type", "client_credential"))));

        assertThat(answers).hasSize(400).allSatisfy(a -> assertThat(a.get("access_token").asText()).isEqualTo("tls-token"));
        assertThat(served).hasValue(400);
    }

    @Test
    void caller_overTls_whenTheBodyStalls_endsAtTheRequestTimeout() {
        JdkHttpTransport transport = transport(Duration.ofMillis(500));

        assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                assertThatThrownBy(() -> transport.execute(ApiRequest.get(Endpoints.STABLE_TOKEN, Map.of())))
                        .isInstanceOfSatisfying(TransportException.class, e -> {
                            assertThat(e.outcomeUnknown()).as(e.getMessage()).isTrue();
                            assertThat(e.getMessage()).contains("no answer within 500 ms");
                        }));
    }

    private JdkHttpTransport transport(Duration requestTimeout) {
        String baseUrl = "https://127.0.0.1:" + server.getAddress().getPort();
        WxMassConfig config = WxMassConfig.builder().appId("wx1").appSecret("secret1")
                .baseUrl(baseUrl).requestTimeout(requestTimeout).build();
        return JdkHttpTransport.unauthenticated(config, caller(baseUrl, TestTls.trusting()));
    }

    private HttpsServer start() {
        try {
            HttpsServer s = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.setHttpsConfigurator(new HttpsConfigurator(TestTls.serving()));
            s.setExecutor(serverThreads);
            s.createContext("/", exchange -> {
                served.incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                byte[] body = TOKEN_ANSWER.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                OutputStream out = exchange.getResponseBody();
                if (exchange.getRequestURI().getPath().equals(Endpoints.STABLE_TOKEN.path())) {
                    out.write(body, 0, 10); // headers and a part of the body, then nothing
                    out.flush();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                } else {
                    out.write(body);
                }
                exchange.close();
            });
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
