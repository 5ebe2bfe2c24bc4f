package io.wxmass.core.quota;

import java.time.Instant;
import java.util.Objects;

/**
 * What the platform recorded about one request, from {@code /cgi-bin/openapi/rid/get}. The bodies are
 * the platform's copies; {@code requestUrl} is returned as the platform gives it.
 */
public record RequestRecord(Instant invokeTime, long costInMs, String requestUrl, String requestBody,
                            String responseBody, String clientIp) {
    public RequestRecord {
        Objects.requireNonNull(invokeTime, "invokeTime");
        Objects.requireNonNull(requestUrl, "requestUrl");
        Objects.requireNonNull(requestBody, "requestBody");
        Objects.requireNonNull(responseBody, "responseBody");
        Objects.requireNonNull(clientIp, "clientIp");
    }
}
