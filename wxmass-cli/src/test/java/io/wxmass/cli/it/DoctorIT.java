package io.wxmass.cli.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code wxmass doctor} through the real jar against the sandbox: all ✓ when healthy, one ✗ line per problem. */
class DoctorIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "doctortoken";

    private static Sandbox healthy;

    @BeforeAll
    static void startSandbox() {
        healthy = SandboxFixture.start(20);
    }

    @AfterAll
    static void stopSandbox() {
        healthy.close();
    }

    private static List<String> lines(JarRunner.Run run) {
        return Arrays.stream(run.stdout().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void doctor_onAHealthyAccountWithAGoodCallbackUrl_printsOnlyTicks_andExits0() {
        try (CallbackReceiver callback = HandshakeServer.start(TOKEN, true)) {
            JarRunner.Run run = SandboxFixture.runnerFor(healthy).env("WXMASS_TOKEN", TOKEN)
                    .run("doctor", "--callback-url", callback.url());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            List<String> checks = lines(run).stream().filter(l -> l.startsWith("✓") || l.startsWith("✗")).toList();
            assertThat(checks).as(run.stdout()).allMatch(l -> l.startsWith("✓"));
            assertThat(checks).extracting(l -> l.substring(2, l.indexOf(':'))).containsExactly("token", "account",
                    "mass send", "publishing", "speed", "quota sendall", "quota send", "quota preview", "quota draft/add",
                    "clock", "callback");
            assertThat(run.stdout()).contains("stable_token", "all 11 checks passed");
            assertThat(run.stdout() + run.stderr()).doesNotContain(healthy.appSecret(), TOKEN);
        }
    }

    @Test
    void doctor_withAWrongSecret_printsTheTokenCross_andExits1() {
        JarRunner.Run run = SandboxFixture.runnerFor(healthy).env("WXMASS_APP_SECRET", "not-the-secret").run("doctor");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(lines(run)).anySatisfy(l -> assertThat(l).startsWith("✗ token:").contains("app secret"));
        assertThat(run.stdout()).doesNotContain("not-the-secret");
    }

    @Test
    void doctor_onAnUnverifiedAccount_printsAccountMassSendAndPublishingCrosses() {
        try (Sandbox unverified = Sandbox.builder().followers(5).instant(true).verified(false).start()) {
            JarRunner.Run run = SandboxFixture.runnerFor(unverified).run("doctor");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(lines(run)).anySatisfy(l -> assertThat(l).startsWith("✗ account:").contains("not verified", "48001"))
                    .anySatisfy(l -> assertThat(l).startsWith("✗ mass send:").contains("verified accounts may mass-send"))
                    .anySatisfy(l -> assertThat(l).startsWith("✗ publishing:").contains("48001"))
                    .anySatisfy(l -> assertThat(l).startsWith("✓ token:"));
        }
    }

    @Test
    void doctor_whenTodaysSendQuotaIsUsedUp_printsTheQuotaCross() {
        try (Sandbox spent = Sandbox.builder().followers(5).instant(true)
                .rules(RuleSettings.defaults().withDailyMassCalls(1)).start()) {
            WxMass wx = WxMass.create(WxMassConfig.builder().appId(spent.appId()).appSecret(spent.appSecret())
                    .baseUrl(spent.baseUrl()).build());
            wx.mass().send(MassMessage.text("the day's one send"), Audience.allFollowers(), SendOptions.generated());

            JarRunner.Run run = SandboxFixture.runnerFor(spent).run("doctor");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(lines(run)).anySatisfy(l -> assertThat(l).startsWith("✗ quota sendall:")
                    .contains("0 of 1 left today", "00:00 China time"));
        }
    }

    @Test
    void doctor_whenTheCallbackUrlAnswersTheHandshakeWrongly_printsTheCallbackCross() {
        try (CallbackReceiver callback = HandshakeServer.start(TOKEN, false)) {
            JarRunner.Run run = SandboxFixture.runnerFor(healthy).env("WXMASS_TOKEN", TOKEN)
                    .run("doctor", "--callback-url", callback.url());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(lines(run)).anySatisfy(l -> assertThat(l).startsWith("✗ callback:").contains("not with the echostr"));
        }
    }

    @Test
    void doctor_whenTheCallbackTokenDiffers_printsTheCallbackCrossWithTheHttpStatus() {
        try (CallbackReceiver callback = HandshakeServer.start("another-token", true)) {
            JarRunner.Run run = SandboxFixture.runnerFor(healthy).env("WXMASS_TOKEN", TOKEN)
                    .run("doctor", "--callback-url", callback.url());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(lines(run)).anySatisfy(l -> assertThat(l).startsWith("✗ callback:").contains("HTTP 403"));
        }
    }

    @Test
    void doctor_json_isOneDocumentWithEveryCheck() throws IOException {
        JarRunner.Run run = SandboxFixture.runnerFor(healthy).env("WXMASS_APP_SECRET", "not-the-secret").run("doctor", "--json");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        JsonNode doc = JSON.readTree(run.stdout());
        assertThat(doc.path("ok").asBoolean(true)).isFalse();
        assertThat(doc.path("checks").get(0).path("check").asText()).isEqualTo("token");
        assertThat(doc.path("checks").get(0).path("ok").asBoolean(true)).isFalse();
        assertThat(doc.path("checks").get(0).path("fix").asText()).contains("app secret");
    }
}
