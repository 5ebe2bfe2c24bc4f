package io.wxmass.sandbox.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.platform.Followers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;

import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** A fresh sandbox on a fixed clock for every test, with a client already holding a token of the default account. */
public abstract class SandboxPerTest {
    protected Sandbox sandbox;
    protected PlatformClient client;
    /** The default account's followers. */
    protected Followers followers;

    /** Override to change the sandbox; it starts from {@link Fixtures#fixedSandbox()}. */
    protected SandboxBuilder configure(SandboxBuilder builder) {
        return builder;
    }

    @BeforeEach
    final void startSandbox() {
        sandbox = configure(Fixtures.fixedSandbox()).start();
        client = PlatformClient.of(sandbox).login(sandbox);
        followers = sandbox.account().followers();
    }

    @AfterEach
    final void stopSandbox() {
        sandbox.close();
    }

    /** Waits until every job is delivered and pushed. */
    protected void awaitIdle() throws InterruptedException {
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(20))).isTrue();
    }

    /** The job of an accepted send, once everything is delivered. */
    protected MassJob finished(JsonNode accepted) throws InterruptedException {
        assertOk(accepted);
        awaitIdle();
        return sandbox.admin().job(sandbox.appId(), accepted.get("msg_id").asLong()).orElseThrow();
    }
}
