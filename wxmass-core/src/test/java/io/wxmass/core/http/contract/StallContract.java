package io.wxmass.core.http.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.wxmass.core.http.ApiRequest;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.JdkHttpTransport;
import com.sun.net.httpserver.HttpServer;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.error.TransportException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server that sends its headers and then stalls or drips the body must not hold the caller past the request
 * timeout; subclassed once per {@link HttpCaller}.
 */
public abstract class StallContract {
    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpServer server = stallingServer(release);

    /** The round trip under test, for a server at {@code baseUrl}; made once per test instance, so keep it cheap. */
    protected abstract HttpCaller caller(String baseUrl);

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void answerWhoseBodyStalls_endsWithTransportException_atTheRequestTimeout() {
        assertEndsAtTheRequestTimeout("");
    }

    /** A byte every 50 ms never lets a per-read timeout fire: only a deadline over the whole body ends it. */
    @Test
    void answerWhoseBodyDrips_endsWithTransportException_atTheRequestTimeout() {
        assertEndsAtTheRequestTimeout("/drip");
    }

    private void assertEndsAtTheRequestTimeout(String pathPrefix) {
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        WxMassConfig config = WxMassConfig.builder().appId("wx1").appSecret("secret1")
                .baseUrl(baseUrl + pathPrefix).requestTimeout(Duration.ofMillis(500)).build();
        JdkHttpTransport transport = JdkHttpTransport.unauthenticated(config, caller(baseUrl));

        // The guard only stops a hang from blocking the suite; the server would otherwise stall until released.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThatThrownBy(() -> transport.execute(ApiRequest.get(Endpoints.TOKEN, Map.of())))
                    .isInstanceOfSatisfying(TransportException.class, e -> {
                        assertThat(e.outcomeUnknown()).isTrue();
                        assertThat(e.getMessage()).contains("no answer within 500 ms");
                    });
            // However the caller ended the wait (the JDK's watchdog interrupts), the thread is left as it was.
            assertThat(Thread.currentThread().isInterrupted()).as("caller's thread interrupted").isFalse();
        });
    }

    private static HttpServer stallingServer(CountDownLatch release) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.setExecutor(Executors.newCachedThreadPool());
            s.createContext("/", exchange -> {
                exchange.sendResponseHeaders(200, 100);
                OutputStream out = exchange.getResponseBody();
                out.write("{\"access_".getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
            });
            s.createContext("/drip", exchange -> {
                exchange.sendResponseHeaders(200, 1_000_000);
                OutputStream out = exchange.getResponseBody();
                try {
                    out.write('{');
                    for (int i = 0; i < 999_998 && !release.await(50, TimeUnit.MILLISECONDS); i++) {
                        out.write(' ');
                        out.flush();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.io.IOException e) {
                    // the caller gave up and closed the connection: what the test expects
                }
                exchange.close();
            });
            s.start();
            return s;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
