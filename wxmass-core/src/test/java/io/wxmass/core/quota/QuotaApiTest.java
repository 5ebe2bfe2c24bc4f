package io.wxmass.core.quota;

import static io.wxmass.core.mass.WireFixtures.json;
import static io.wxmass.core.mass.WireFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WeChatApiException;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.mass.ScriptedAccount;
import io.wxmass.core.testing.ScriptedPlatform;
import io.wxmass.core.testing.ScriptedPlatform.Reply;
import io.wxmass.core.token.Credentials;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** quota/get, rid/get and clear_quota through the real transport to a scripted platform. */
class QuotaApiTest {
    private static final String QUOTA_GET = "/cgi-bin/openapi/quota/get";
    private static final String RID_GET = "/cgi-bin/openapi/rid/get";
    private static final String CLEAR = "/cgi-bin/clear_quota";
    private static final String CLEAR_V2 = "/cgi-bin/clear_quota/v2";
    private static final String QUOTA_CLEAR = "/cgi-bin/openapi/quota/clear";
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    private final ScriptedAccount account = ScriptedAccount.start();
    private final ScriptedPlatform platform = account.platform();
    private final QuotaApi quota = new QuotaApi(account.transport(),
            new Credentials("wxapp1", "0123456789abcdef0123456789abcdef"));

    @AfterEach
    void stop() {
        account.close();
    }

    @Test
    void get_postsTheCgiPath_andReadsLimitUsedRemainAndRateLimit() {
        platform.enqueue(QUOTA_GET, Reply.json(text("quota/answer-quota-get.json")));

        ApiQuota q = quota.get(Endpoints.MASS_SENDALL);

        assertThat(q).isEqualTo(new ApiQuota("/cgi-bin/message/mass/sendall", 100, 97, 3,
                java.util.Optional.of(new ApiQuota.RateLimit(60, 60))));
        assertThat(q.exhausted()).isFalse();
        assertThat(platform.requests(QUOTA_GET).get(0).json().path("cgi_path").asText())
                .isEqualTo("/cgi-bin/message/mass/sendall");
        assertThat(platform.requests(QUOTA_GET).get(0).query()).containsKey("access_token");
    }

    @Test
    void get_withoutRateLimit_readsTheQuotaOnly() {
        platform.enqueue(QUOTA_GET, Reply.json(text("quota/answer-quota-get-quota-only.json")));

        ApiQuota q = quota.get("/wxa/gettemplatedraftlist");

        assertThat(q.rateLimit()).isEmpty();
        assertThat(q.exhausted()).isTrue();
    }

    @Test
    void get_withAHostOrQuery_isRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> quota.get("https://api.weixin.qq.com/cgi-bin/message/mass/send"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("cgi_path: ");
        assertThatThrownBy(() -> quota.get("/cgi-bin/message/mass/send?x=1"))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void rid_readsTheRecord_andMasksTheAccessTokenInItsUrl() {
        platform.enqueue(RID_GET, Reply.json(text("quota/answer-rid-get.json")));

        RequestRecord r = quota.rid("61725984-6126f6f9-040f19c4");

        assertThat(r.invokeTime()).isEqualTo(Instant.ofEpochSecond(1635156704));
        assertThat(r.costInMs()).isEqualTo(30);
        assertThat(r.requestUrl()).doesNotContain("50_Im7xxxx").contains("cgi_path=/cgi-bin/message/mass/sendall");
        assertThat(r.responseBody()).contains("45009");
        assertThat(r.clientIp()).isEqualTo("203.0.113.7");
        assertThat(platform.requests(RID_GET).get(0).json().path("rid").asText()).isEqualTo("61725984-6126f6f9-040f19c4");
    }

    @Test
    void rid_withSpaces_isRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> quota.rid("a b")).isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("rid: ");
        assertThat(platform.requests()).isEmpty();
    }

    @Test
    void clearQuota_postsTheOwnAppId_and48006IsTheMonthlyLimit() {
        platform.enqueue(CLEAR, Reply.json("{\"errcode\":0,\"errmsg\":\"ok\"}"), Reply.json(text("quota/error-48006.json")));

        quota.clearQuota();
        assertThatThrownBy(quota::clearQuota).isInstanceOfSatisfying(WeChatApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(48006));

        assertThat(platform.requests(CLEAR).get(0).json().path("appid").asText()).isEqualTo("wxapp1");
    }

    @Test
    void clearQuotaWithSecret_postsAppIdAndSecretInTheBody_withoutAnAccessToken() {
        platform.enqueue(CLEAR_V2, Reply.json(OK));

        quota.clearQuotaWithSecret();

        ScriptedPlatform.Recorded sent = platform.requests(CLEAR_V2).get(0);
        assertThat(sent.json()).isEqualTo(json("quota/clear-quota-v2.json"));
        assertThat(sent.query()).doesNotContainKey("access_token");
    }

    @Test
    void clearQuotaWithSecret_41004_isTypedAndNotRetried() {
        platform.enqueue(CLEAR_V2, Reply.json(text("quota/error-41004.json")));

        assertThatThrownBy(quota::clearQuotaWithSecret).isInstanceOfSatisfying(WeChatApiException.class,
                e -> assertThat(e.errcode()).isEqualTo(41004));
        assertThat(platform.requests(CLEAR_V2)).hasSize(1);
    }

    @Test
    void clearApiQuota_postsTheCgiPathWithTheToken_and76021IsAnUnknownPath() {
        platform.enqueue(QUOTA_CLEAR, Reply.json(OK), Reply.json(text("quota/error-76021.json")));

        quota.clearApiQuota(Endpoints.MASS_SENDALL);
        assertThatThrownBy(() -> quota.clearApiQuota("/cgi-bin/no/such/api"))
                .isInstanceOfSatisfying(WeChatApiException.class, e -> assertThat(e.errcode()).isEqualTo(76021));

        assertThat(platform.requests(QUOTA_CLEAR).get(0).json()).isEqualTo(json("quota/quota-clear.json"));
        assertThat(platform.requests(QUOTA_CLEAR).get(0).query()).containsKey("access_token");
    }

    @Test
    void clearApiQuota_withAHost_isRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> quota.clearApiQuota("api.weixin.qq.com/cgi-bin/message/mass/send"))
                .isInstanceOf(InvalidRequestException.class).hasMessageStartingWith("cgi_path: ");
        assertThat(platform.requests()).isEmpty();
    }
}
