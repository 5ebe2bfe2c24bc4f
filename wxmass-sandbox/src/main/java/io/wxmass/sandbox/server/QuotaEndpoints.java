package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.platform.RequestLog;
import io.wxmass.sandbox.rules.ApiQuotas;
import io.wxmass.sandbox.rules.Fields;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** openapi/quota/get, rid/get, clear_quota, clear_quota/v2 and openapi/quota/clear (docs/platform.md §10.1). */
public final class QuotaEndpoints {
    private final Authenticator auth;
    /** rid/get looks back this far (docs/platform.md §10.1). */
    private static final Duration RID_MEMORY = Duration.ofDays(7);

    private final ApiQuotas quotas;
    private final RequestLog refusals;
    private final Clock clock;

    public QuotaEndpoints(Authenticator auth, ApiQuotas quotas, RequestLog refusals, Clock clock) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.quotas = Objects.requireNonNull(quotas, "quotas");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void register(Router router) {
        router.route("/cgi-bin/openapi/quota/get", auth.guard(this::get));
        router.route("/cgi-bin/clear_quota", auth.guard(this::clear));
        // No access_token: the AppSecret in the body is the credential (the way out when tokens are exhausted).
        router.route("/cgi-bin/clear_quota/v2", this::clearWithSecret);
        router.route("/cgi-bin/openapi/quota/clear", auth.guard(this::clearOne));
        router.route("/cgi-bin/openapi/rid/get", auth.guard(this::rid));
    }

    private PlatformResponse get(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        ApiQuotas.Report report = quotas.report(account.appId(), Fields.optText(body, "cgi_path").orElse(null));
        ObjectNode out = Json.object().put("errcode", 0).put("errmsg", "ok");
        out.putObject("quota").put("daily_limit", report.dailyLimit()).put("used", report.used())
                .put("remain", report.remain());
        report.perMinute().ifPresent(n -> out.putObject("rate_limit").put("call_count", n).put("refresh_second", 60));
        return PlatformResponse.json(out);
    }

    /** The refusal a rid names, kept 7 days; 76001 otherwise. The sandbox records refusals only, not successes. */
    private PlatformResponse rid(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        String rid = Fields.optText(request.requiredJson(), "rid").orElse("");
        RequestLog.Entry entry = refusals.find(rid)
                .filter(e -> !e.at().isBefore(clock.instant().minus(RID_MEMORY)))
                .orElseThrow(() -> PlatformError.withText(76001, "rid not found"));
        ObjectNode out = Json.object().put("errcode", 0).put("errmsg", "ok");
        out.putObject("request").put("invoke_time", entry.at().getEpochSecond()).put("cost_in_ms", entry.costMillis())
                .put("request_url", entry.url()).put("request_body", entry.requestBody())
                .put("response_body", entry.responseBody()).put("client_ip", entry.clientIp());
        return PlatformResponse.json(out);
    }

    private PlatformResponse clear(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        quotas.clear(account.appId(), Fields.optText(request.requiredJson(), "appid").orElse(""));
        return PlatformResponse.json(Json.object().put("errcode", 0).put("errmsg", "ok"));
    }

    private PlatformResponse clearWithSecret(PlatformRequest request) {
        Authenticator.requirePost(request);
        JsonNode body = request.requiredJson();
        quotas.clearWithSecret(Fields.optText(body, "appid").orElse(null), Fields.optText(body, "appsecret").orElse(null));
        return PlatformResponse.json(Json.object().put("errcode", 0).put("errmsg", "ok"));
    }

    private PlatformResponse clearOne(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        quotas.clearOne(account.appId(), Fields.optText(request.requiredJson(), "cgi_path").orElse(null));
        return PlatformResponse.json(Json.object().put("errcode", 0).put("errmsg", "ok"));
    }
}
