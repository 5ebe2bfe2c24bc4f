package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.config.AccountSpec;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.config.TagSeed;
import io.wxmass.sandbox.delivery.JobStatus;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.testing.SandboxPerTest;
import io.wxmass.sandbox.embed.SandboxBuilder;
import io.wxmass.sandbox.testing.PlatformClient;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.wxmass.sandbox.testing.Errcode.assertError;
import static io.wxmass.sandbox.testing.Errcode.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** The account-level rules of docs/platform.md §2 over HTTP: permissions, quotas, caps, rate and daily limits. */
class MassSendRulesTest extends SandboxPerTest {
    private static final String SUB = "wxsubscription001";
    private static final String UNVERIFIED = "wxunverified00001";
    private static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Override
    protected SandboxBuilder configure(SandboxBuilder builder) {
        return builder.rules(RuleSettings.defaults().withDailyMassCalls(8))
                .account(new AccountSpec(SUB, SECRET, AccountType.SUBSCRIPTION, true, 10, 0, TagSeed.defaults(), null))
                .account(new AccountSpec(UNVERIFIED, SECRET, AccountType.SERVICE, false, 10, 0, List.of(), null));
    }

    private static String toAll(String text) {
        return "{\"filter\":{\"is_to_all\":true},\"text\":{\"content\":\"" + text + "\"},\"msgtype\":\"text\"}";
    }

    private String toOpenIds(String text, int... indexes) {
        Followers f = sandbox.account().followers();
        StringBuilder ids = new StringBuilder();
        for (int i : indexes) {
            ids.append(ids.length() == 0 ? "" : ",").append('"').append(f.openId(i)).append('"');
        }
        return "{\"touser\":[" + ids + "],\"text\":{\"content\":\"" + text + "\"},\"msgtype\":\"text\"}";
    }

    @Test
    void sendall_toAll_deliversExactlyOneCopyToEachFollower() throws InterruptedException {
        JsonNode r = client.call("/cgi-bin/message/mass/sendall", toAll("hello"));
        assertThat(r.get("errmsg").asText()).isEqualTo("send job submission success");
        MassJob job = finished(r);
        assertThat(job.status()).isEqualTo(JobStatus.SEND_SUCCESS);
        Followers f = sandbox.account().followers();
        for (int i = 0; i < f.size(); i++) {
            assertThat(sandbox.admin().inbox(sandbox.appId(), f.openId(i))).singleElement()
                    .satisfies(e -> assertThat(e.msgId()).isEqualTo(job.msgId()));
        }
    }

    @Test
    void send_byOpenIds_deliversOnlyToListedFollowers() throws InterruptedException {
        MassJob job = finished(client.call("/cgi-bin/message/mass/send", toOpenIds("only you", 3, 7)));
        assertThat(job.totalCount()).isEqualTo(2);
        Followers f = sandbox.account().followers();
        assertThat(sandbox.admin().inbox(sandbox.appId(), f.openId(3))).hasSize(1);
        assertThat(sandbox.admin().inbox(sandbox.appId(), f.openId(7))).hasSize(1);
        assertThat(sandbox.admin().inbox(sandbox.appId(), f.openId(4))).isEmpty();
    }

    @Test
    void permissions_subscriptionAccountCannotUseSend_48001() {
        PlatformClient sub = PlatformClient.of(sandbox).login(SUB, SECRET);
        Followers f = sandbox.admin().account(SUB).followers();
        assertError(sub.call("/cgi-bin/message/mass/send", "{\"touser\":[\"" + f.openId(0) + "\",\"" + f.openId(1)
                + "\"],\"text\":{\"content\":\"x\"},\"msgtype\":\"text\"}"), 48001);
    }

    @Test
    void permissions_unverifiedAccountCannotMassSend_48001() {
        PlatformClient unverified = PlatformClient.of(sandbox).login(UNVERIFIED, SECRET);
        assertError(unverified.call("/cgi-bin/message/mass/sendall", toAll("x")), 48001);
        assertError(unverified.call("/cgi-bin/message/mass/speed/get", "{}"), 48001);
    }

    @Test
    void historyQuota_subscriptionSecondSendallSameDay_45028_andNextDayAllowed() {
        PlatformClient sub = PlatformClient.of(sandbox).login(SUB, SECRET);
        assertOk(sub.call("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":false,\"tag_id\":100},"
                + "\"text\":{\"content\":\"tag\"},\"msgtype\":\"text\"}"));
        assertError(sub.call("/cgi-bin/message/mass/sendall", toAll("second")), 45028);
        sandbox.clock().advance(Duration.ofDays(1));
        sub.login(SUB, SECRET);
        assertOk(sub.call("/cgi-bin/message/mass/sendall", toAll("second")));
    }

    @Test
    void historyQuota_serviceFifthToAllInAMonth_45028_whileTagSendsGoOn() {
        for (int i = 0; i < 4; i++) {
            assertOk(client.call("/cgi-bin/message/mass/sendall", toAll("n" + i)));
        }
        assertError(client.call("/cgi-bin/message/mass/sendall", toAll("n4")), 45028);
        assertOk(client.call("/cgi-bin/message/mass/sendall", "{\"filter\":{\"is_to_all\":false,\"tag_id\":101},"
                + "\"text\":{\"content\":\"tag\"},\"msgtype\":\"text\"}"));
    }

    @Test
    void monthlyCap_followerOverFourThisMonth_isFilteredNotAnError() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            finished(client.call("/cgi-bin/message/mass/send", toOpenIds("m" + i, 1, 2)));
        }
        MassJob fifth = finished(client.call("/cgi-bin/message/mass/send", toOpenIds("m4", 1, 2, 9)));
        assertThat(fifth.totalCount()).isEqualTo(3);
        assertThat(fifth.filterCount()).isEqualTo(1);
        assertThat(fifth.sentCount()).isEqualTo(1);
        Followers f = sandbox.account().followers();
        assertThat(sandbox.admin().inbox(sandbox.appId(), f.openId(1))).hasSize(4);
        assertThat(sandbox.admin().inbox(sandbox.appId(), f.openId(9))).hasSize(1);
    }

    @Test
    void rate_61stMassRequestWithinARollingMinute_45009() {
        for (int i = 0; i < 60; i++) {
            assertError(client.call("/cgi-bin/message/mass/preview", "{\"msgtype\":\"bogus\"}"), 40008);
        }
        JsonNode refused = client.call("/cgi-bin/message/mass/preview", "{\"msgtype\":\"bogus\"}");
        assertError(refused, 45009);
        assertThat(refused.get("errmsg").asText()).startsWith("api freq out of limit");
        assertOk(client.call("/cgi-bin/message/mass/speed/get", "{}")); // not counted
        sandbox.clock().advance(Duration.ofSeconds(60));
        assertError(client.call("/cgi-bin/message/mass/preview", "{\"msgtype\":\"bogus\"}"), 40008);
    }

    @Test
    void dailyLimit_callsBeyondTheConfiguredLimit_45009() {
        for (int i = 0; i < 8; i++) {
            client.call("/cgi-bin/message/mass/send", toOpenIds("d" + i, 1, 2));
        }
        JsonNode refused = client.call("/cgi-bin/message/mass/send", toOpenIds("d9", 1, 2));
        assertError(refused, 45009);
        assertThat(refused.get("errmsg").asText()).startsWith("reach max api daily quota limit");
        sandbox.clock().advance(Duration.ofDays(1));
        client.login(sandbox);
        assertOk(client.call("/cgi-bin/message/mass/send", toOpenIds("d9", 1, 2)));
    }

    @Test
    void massEndpoints_requirePost_43002() {
        assertError(client.callGet("/cgi-bin/message/mass/sendall"), 43002);
    }
}
