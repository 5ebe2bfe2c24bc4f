package io.wxmass.sandbox.platform;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The content of every accepted mass send, by account and msg_id: jobs themselves keep only counts. */
public final class SentMessages {
    private final Map<String, Map<Long, SentMessage>> byApp = new ConcurrentHashMap<>();

    public void put(String appId, long msgId, SentMessage message) {
        byApp.computeIfAbsent(Objects.requireNonNull(appId, "appId"), a -> new ConcurrentHashMap<>())
                .put(msgId, Objects.requireNonNull(message, "message"));
    }

    public Optional<SentMessage> find(String appId, long msgId) {
        Map<Long, SentMessage> sent = byApp.get(appId);
        return sent == null ? Optional.empty() : Optional.ofNullable(sent.get(msgId));
    }
}
