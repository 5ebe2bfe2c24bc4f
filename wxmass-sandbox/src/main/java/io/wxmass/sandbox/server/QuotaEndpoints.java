package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.rules.ApiQuotas;
import io.wxmass.sandbox.rules.Fields;

import java.util.Objects;

/** openapi/quota/get and clear_quota (docs/platform.md §10.1). */
public final class QuotaEndpoints {
    private final Authenticator auth;
    private final ApiQuotas quotas;

    public QuotaEndpoints(Authenticator auth, ApiQuotas quotas) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.quotas = Objects.requireNonNull(quotas, "quotas");
    }

    public void register(Router router) {
        router.route("/cgi-bin/openapi/quota/get", auth.guard(this::get));
        router.route("/cgi-bin/clear_quota", auth.guard(this::clear));
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

    private PlatformResponse clear(PlatformRequest request, Account account) {
        Authenticator.requirePost(request);
        quotas.clear(account.appId(), Fields.optText(request.requiredJson(), "appid").orElse(""));
        return PlatformResponse.json(Json.object().put("errcode", 0).put("errmsg", "ok"));
    }
}
