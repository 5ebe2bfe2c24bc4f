package io.wxmass.core.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sends one request to the platform and returns the JSON answer when errcode is 0 or absent.
 *
 * <p>Implementations add the access token for authenticated endpoints (and never log it), wait for
 * the per-account mass rate limiter, retry only what the retry policy allows (a send only with its
 * clientmsgid), and map a non-zero errcode to {@link io.wxmass.core.error.WeChatApiException}
 * and an unreadable exchange to {@link io.wxmass.core.error.TransportException}.
 */
public interface ApiTransport {
    JsonNode execute(ApiRequest request);
}
