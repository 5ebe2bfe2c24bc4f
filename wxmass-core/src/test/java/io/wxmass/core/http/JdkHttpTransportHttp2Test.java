package io.wxmass.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.TransportException;
import io.wxmass.core.testing.TestTls;
import io.wxmass.core.testing.Threads;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The default client against a real HTTP/2 server (Jetty, TLS with ALPN), as the platform may answer https:
 * with its tasks inline, many callers multiplexed on one connection and a stalled stream must still behave.
 */
class JdkHttpTransportHttp2Test {
    private static final byte[] TOKEN_ANSWER = "{\"access_token\":\"h2-token\",\"expires_in\":7200}".getBytes(StandardCharsets.UTF_8);

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger served = new AtomicInteger();
    private final Set<String> protocols = ConcurrentHashMap.newKeySet();
    private Server server;
    private String baseUrl;

    @BeforeEach
    void start() throws Exception {
        server = new Server();
        HttpConfiguration config = new HttpConfiguration();
        config.addCustomizer(new SecureRequestCustomizer(false)); // the certificate names 127.0.0.1 by IP
        HttpConnectionFactory h1 = new HttpConnectionFactory(config);
        HTTP2ServerConnectionFactory h2 = new HTTP2ServerConnectionFactory(config);
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        alpn.setDefaultProtocol(h1.getProtocol());
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStorePath(TestTls.keyStoreFile().toString());
        tls.setKeyStorePassword(TestTls.PASSWORD);
        tls.setKeyStoreType("PKCS12");
        tls.setCipherComparator(HTTP2Cipher.COMPARATOR);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(tls, alpn.getProtocol()), alpn, h2, h1);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                served.incrementAndGet();
                protocols.add(request.getConnectionMetaData().getHttpVersion().asString());
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, TOKEN_ANSWER.length);
                if (Request.getPathInContext(request).equals(Endpoints.STABLE_TOKEN.path())) {
                    // Headers and a part of the body, then nothing until the test ends.
                    response.write(false, ByteBuffer.wrap(TOKEN_ANSWER, 0, 10), Callback.from(() -> {
                        Thread held = new Thread(() -> awaitRelease(callback), "stalled-stream");
                        held.setDaemon(true);
                        held.start();
                    }));
                    return true;
                }
                response.write(true, ByteBuffer.wrap(TOKEN_ANSWER), callback);
                return true;
            }
        });
        server.start();
        baseUrl = "https://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        server.stop();
    }

    @Test
    void defaultClient_overHttp2_answersSixteenConcurrentCallers() throws Exception {
        JdkHttpTransport transport = transport(Duration.ofSeconds(10));
        List<JsonNode> answers = Threads.callConcurrently(16, 25,
                () -> transport.execute(ApiRequest.get(Endpoints.TOKEN, Map.of("grant_type", "client_credential"))));

        assertThat(answers).hasSize(400).allSatisfy(a -> assertThat(a.get("access_token").asText()).isEqualTo("h2-token"));
        assertThat(served).hasValue(400);
        assertThat(protocols).containsExactly("HTTP/2.0");
    }

    @Test
    void defaultClient_overHttp2_whenAStreamStalls_endsAtTheRequestTimeout_andTheConnectionStaysUsable() {
        JdkHttpTransport transport = transport(Duration.ofMillis(500));

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThatThrownBy(() -> transport.execute(ApiRequest.get(Endpoints.STABLE_TOKEN, Map.of())))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.outcomeUnknown()).isTrue();
                        assertThat(e.getMessage()).contains("no answer within 500 ms");
                    });
            JsonNode next = transport.execute(ApiRequest.get(Endpoints.TOKEN, Map.of()));
            assertThat(next.get("access_token").asText()).isEqualTo("h2-token");
        });
        assertThat(protocols).containsExactly("HTTP/2.0");
    }

    private JdkHttpTransport transport(Duration requestTimeout) {
        WxMassConfig config = WxMassConfig.builder().appId("wx1").appSecret("secret1")
                .baseUrl(baseUrl).requestTimeout(requestTimeout).build();
        return JdkHttpTransport.unauthenticated(config,
                JdkHttpTransport.defaultClientBuilder(baseUrl, Duration.ofSeconds(5)).sslContext(TestTls.trusting()).build());
    }

    private void awaitRelease(Callback callback) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        callback.succeeded();
    }
}
