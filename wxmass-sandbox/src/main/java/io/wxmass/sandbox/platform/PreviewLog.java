package io.wxmass.sandbox.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Previews are not mass jobs (no msg_id, no monthly cap); they are kept here per account for the admin API. */
public final class PreviewLog {
    /** One preview that reached a follower; {@code message} is its content, null when not kept. */
    public record Entry(String openId, String msgType, Instant at, SentMessage message) {
        public Entry {
            Objects.requireNonNull(openId, "openId");
            Objects.requireNonNull(msgType, "msgType");
            Objects.requireNonNull(at, "at");
        }

        public Entry(String openId, String msgType, Instant at) {
            this(openId, msgType, at, null);
        }
    }

    private final Map<String, ConcurrentLinkedQueue<Entry>> byApp = new ConcurrentHashMap<>();

    public void add(String appId, Entry entry) {
        byApp.computeIfAbsent(appId, a -> new ConcurrentLinkedQueue<>()).add(Objects.requireNonNull(entry, "entry"));
    }

    /** The account's previews, oldest first. */
    public List<Entry> all(String appId) {
        ConcurrentLinkedQueue<Entry> q = byApp.get(appId);
        return q == null ? List.of() : List.copyOf(q);
    }

    /** The previews one follower received. */
    public List<Entry> of(String appId, String openId) {
        return all(appId).stream().filter(e -> e.openId().equals(openId)).toList();
    }
}
