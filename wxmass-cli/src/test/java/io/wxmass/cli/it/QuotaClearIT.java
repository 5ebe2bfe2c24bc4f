package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wxmass quota clear} through the real jar: nothing without --confirm, then each of the three resets. */
class QuotaClearIT {
    private Sandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.start(10);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JarRunner.Run wxmass(String... args) {
        return SandboxFixture.runnerFor(sandbox).run(args);
    }

    private long sendsUsed() throws IOException {
        return SandboxFixture.okJson(wxmass("quota", "--json")).get("used").asLong();
    }

    private void sendOnce(String text) throws IOException {
        List<String> to = SandboxFixture.openIds(sandbox, 0, 2);
        SandboxFixture.okJson(wxmass("send", "--to", String.join(",", to), "--text", text, "--json"));
    }

    @Test
    void clear_withoutConfirm_isAUsageErrorNamingTheAllowance_andResetsNothing() throws IOException {
        sendOnce("counted");

        JarRunner.Run refused = wxmass("quota", "clear");
        JarRunner.Run both = wxmass("quota", "clear", "/cgi-bin/message/mass/send", "--with-secret", "--confirm");

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.stderr()).contains("--confirm").contains("10 resets this month");
        assertThat(both.exitCode()).as(both.toString()).isEqualTo(2);
        assertThat(both.stderr()).contains("--with-secret");
        assertThat(sendsUsed()).isEqualTo(1);
    }

    @Test
    void clear_confirmed_resetsEveryCounter_withTheTokenOrTheSecret_orOneApi() throws IOException {
        sendOnce("one");
        JsonNode all = SandboxFixture.okJson(wxmass("quota", "clear", "--confirm", "--json"));
        long afterAll = sendsUsed();

        sendOnce("two");
        JsonNode withSecret = SandboxFixture.okJson(wxmass("quota", "clear", "--with-secret", "--confirm", "--json"));
        long afterSecret = sendsUsed();

        sendOnce("three");
        JsonNode one = SandboxFixture.okJson(wxmass("quota", "clear", "/cgi-bin/message/mass/sendall", "--confirm", "--json"));

        assertThat(all.get("endpoint").asText()).isEqualTo("/cgi-bin/clear_quota");
        assertThat(all.get("cleared").asText()).isEqualTo("all");
        assertThat(withSecret.get("endpoint").asText()).isEqualTo("/cgi-bin/clear_quota/v2");
        assertThat(withSecret.toString()).doesNotContain(sandbox.appSecret());
        assertThat(one.get("endpoint").asText()).isEqualTo("/cgi-bin/openapi/quota/clear");
        assertThat(one.get("monthlyAllowance").asInt()).isEqualTo(50);
        assertThat(afterAll).isZero();
        assertThat(afterSecret).isZero();
        assertThat(sendsUsed()).isZero();
    }
}
