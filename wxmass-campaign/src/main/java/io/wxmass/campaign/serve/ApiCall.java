package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.campaign.Actor;
import io.wxmass.campaign.auth.ApiKey;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One authenticated API request, as a route sees it.
 *
 * @param segments the path below {@code /api}, e.g. {@code [campaigns, 7f3a, approve]}
 * @param query    decoded query parameters (the first value of each)
 */
record ApiCall(String method, List<String> segments, Map<String, String> query, byte[] body, ApiKey key) {
    ApiCall {
        Objects.requireNonNull(method, "method");
        segments = List.copyOf(segments);
        query = Map.copyOf(query);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(key, "key");
    }

    JsonNode json() {
        return Exchanges.json(body);
    }

    /** Who the audit log names for this call: the key, by its name. */
    Actor actor() {
        return key.actor();
    }

    String segment(int i) {
        return segments.get(i);
    }
}
