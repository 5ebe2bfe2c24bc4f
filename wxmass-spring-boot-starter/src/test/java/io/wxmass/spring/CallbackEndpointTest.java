package io.wxmass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.callback.Signatures;
import io.wxmass.core.callback.event.MassSendJobFinished;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One web context against the sandbox in safe mode: handshake, a real push, the health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        classes = CallbackEndpointTest.App.class,
        properties = {"management.endpoint.health.show-details=always",
                // no database in this application (the starter's tests have spring-jdbc for the campaign beans)
                "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
class CallbackEndpointTest {
    static final String TOKEN = "springtoken";
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    static final int PORT = FreePort.pick();
    static final String PATH = "/wx/callback";
    static final Sandbox SANDBOX = Sandbox.builder().followers(5).instant(true)
            .callback("http://127.0.0.1:" + PORT + PATH, TOKEN, AES_KEY, "safe").start();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("server.port", () -> PORT);
        r.add("wxmass.accounts.main.app-id", SANDBOX::appId);
        r.add("wxmass.accounts.main.app-secret", SANDBOX::appSecret);
        r.add("wxmass.accounts.main.base-url", SANDBOX::baseUrl);
        r.add("wxmass.accounts.main.callback.path", () -> PATH);
        r.add("wxmass.accounts.main.callback.token", () -> TOKEN);
        r.add("wxmass.accounts.main.callback.aes-key", () -> AES_KEY);
        r.add("wxmass.accounts.main.callback.mode", () -> "safe");
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    // No Redis here: the shared-token case has its own test.
    @SpringBootApplication(exclude = RedisAutoConfiguration.class)
    static class App {
        final List<WxMassCallbackEvent<MassSendJobFinished>> finished = new CopyOnWriteArrayList<>();

        @EventListener
        void on(WxMassCallbackEvent<MassSendJobFinished> event) {
            finished.add(event);
        }
    }

    @Autowired App app;
    @Autowired WxMass wx;
    @Autowired HealthEndpoint health;

    @Test
    void handshake_whenSigned_echoesEchostr() throws Exception {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        String query = "signature=" + Signatures.sign(TOKEN, ts, "hs1") + "&timestamp=" + ts + "&nonce=hs1&echostr=hello42";
        HttpResponse<String> reply = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + PATH + "?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("hello42");
    }

    @Test
    void send_whenSandboxPushesSafeMode_publishesOneTypedEvent() throws Exception {
        long msgId = wx.mass().send(MassMessage.text("hello from spring"), Audience.allFollowers(),
                SendOptions.generated()).msgId();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (app.finished.stream().noneMatch(e -> e.event().msgId() == msgId) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(app.finished).filteredOn(e -> e.event().msgId() == msgId).singleElement()
                .satisfies(e -> assertThat(e.account()).isEqualTo("main"));
        assertThat(SANDBOX.admin().pushAttempts(SANDBOX.appId()))
                .anySatisfy(a -> assertThat(a.httpStatus()).isEqualTo(200));
    }

    @Test
    void health_whenSecretRight_isUpWithTokenAndCallback() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
