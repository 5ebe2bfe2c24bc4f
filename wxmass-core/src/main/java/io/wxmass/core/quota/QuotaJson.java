package io.wxmass.core.quota;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.core.internal.http.Redaction;
import io.wxmass.core.internal.mass.AnswerReader;
import io.wxmass.core.token.Credentials;
import java.time.Instant;
import java.util.Optional;

/** Request bodies and answers of the openApi management endpoints. */
final class QuotaJson {
    private QuotaJson() {
    }

    /** quota/get and quota/clear. */
    static ObjectNode cgiPathRequest(String cgiPath) {
        return JsonNodeFactory.instance.objectNode().put("cgi_path", cgiPath);
    }

    static ObjectNode ridRequest(String rid) {
        return JsonNodeFactory.instance.objectNode().put("rid", rid);
    }

    static ObjectNode clearRequest(String appId) {
        return JsonNodeFactory.instance.objectNode().put("appid", appId);
    }

    /** clear_quota/v2: both in the body, as the platform's field table has it (docs/platform.md §10.1). */
    static ObjectNode clearWithSecretRequest(Credentials credentials) {
        return JsonNodeFactory.instance.objectNode().put("appid", credentials.appId())
                .put("appsecret", credentials.appSecret());
    }

    /** {@code {"quota":{"daily_limit","used","remain"},"rate_limit":{"call_count","refresh_second"}}}. */
    static ApiQuota quota(JsonNode answer, String endpoint, String cgiPath) {
        JsonNode quota = answer.path("quota");
        if (!quota.isObject()) {
            throw AnswerReader.of(answer, endpoint).malformed("has no quota object");
        }
        AnswerReader q = AnswerReader.of(quota, endpoint);
        return new ApiQuota(cgiPath, q.requiredLong("daily_limit"), q.requiredLong("used"), q.requiredLong("remain"),
                rateLimit(answer.path("rate_limit"), endpoint));
    }

    private static Optional<ApiQuota.RateLimit> rateLimit(JsonNode node, String endpoint) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        AnswerReader r = AnswerReader.of(node, endpoint);
        return Optional.of(new ApiQuota.RateLimit(r.requiredLong("call_count"), r.requiredLong("refresh_second")));
    }

    /** {@code {"request":{"invoke_time","cost_in_ms","request_url","request_body","response_body","client_ip"}}}. */
    static RequestRecord request(JsonNode answer, String endpoint) {
        JsonNode request = answer.path("request");
        if (!request.isObject()) {
            throw AnswerReader.of(answer, endpoint).malformed("has no request object");
        }
        AnswerReader r = AnswerReader.of(request, endpoint);
        return new RequestRecord(Instant.ofEpochSecond(r.requiredLong("invoke_time")),
                r.optionalLong("cost_in_ms").orElse(0),
                // The recorded URL may carry the access_token in its query: never hand it on.
                redactQuery(r.optionalText("request_url").orElse("")),
                r.optionalText("request_body").orElse(""),
                r.optionalText("response_body").orElse(""),
                r.optionalText("client_ip").orElse(""));
    }

    /** The platform gives a full URL or, as in its own example, only the query ({@code access_token=..&cgi_path=..}). */
    private static String redactQuery(String url) {
        int q = url.indexOf('?');
        if (q >= 0) {
            return url.substring(0, q + 1) + Redaction.query(url.substring(q + 1));
        }
        return url.contains("=") ? Redaction.query(url) : url;
    }
}
