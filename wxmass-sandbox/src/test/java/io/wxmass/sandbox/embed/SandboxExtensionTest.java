package io.wxmass.sandbox.embed;

import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@WithSandbox(followers = 33, appId = "wxextension00001", fixedClock = "2026-05-01T00:00:00Z")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxExtensionTest {
    private static final AtomicReference<Sandbox> FIRST = new AtomicReference<>();

    @Test
    @Order(1)
    void injectsASandboxConfiguredByTheAnnotation(Sandbox sandbox) {
        FIRST.set(sandbox);
        assertThat(sandbox.appId()).isEqualTo("wxextension00001");
        assertThat(sandbox.clock().instant()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        PlatformClient client = PlatformClient.of(sandbox).login(sandbox);
        assertThat(client.callGet("/cgi-bin/user/get").get("total").asInt()).isEqualTo(33);
    }

    @Test
    @Order(2)
    void sharesOneSandboxAcrossTheClass(Sandbox sandbox) throws InterruptedException {
        assertThat(sandbox).isSameAs(FIRST.get());
        assertThat(sandbox.admin().tokenFetches("wxextension00001")).isEqualTo(1);
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(1))).isTrue();
    }
}
