package io.wxmass.testing;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.sandbox.embed.Sandbox;
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
        WxMass wx = WxMass.create(WxMassConfig.builder().baseUrl(sandbox.baseUrl()).appId(sandbox.appId())
                .appSecret(sandbox.appSecret()).clock(sandbox.clock()).build());
        assertThat(wx.audience().followers().count()).isEqualTo(33);
    }

    @Test
    @Order(2)
    void sharesOneSandboxAcrossTheClass(Sandbox sandbox, SandboxProbe probe) throws InterruptedException {
        assertThat(sandbox).isSameAs(FIRST.get());
        assertThat(probe.sandbox()).isSameAs(sandbox);
        assertThat(sandbox.admin().tokenFetches("wxextension00001")).isEqualTo(1);
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(1))).isTrue();
    }
}
