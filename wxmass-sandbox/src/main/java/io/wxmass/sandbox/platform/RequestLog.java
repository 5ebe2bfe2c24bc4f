package io.wxmass.sandbox.platform;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The refused requests by the rid their errmsg carried, for {@code openapi/rid/get}: the newest
 * {@value #CAPACITY} are kept (the platform keeps 7 days; older ones are answered as not found).
 */
public final class RequestLog {
    static final int CAPACITY = 10_000;

    /** One refused request as the platform recorded it; the query never holds the access token. */
    public record Entry(String rid, Instant at, long costMillis, String url, String requestBody, String responseBody,
                        String clientIp) {
        public Entry {
            Objects.requireNonNull(rid, "rid");
            Objects.requireNonNull(at, "at");
        }
    }

    private final Map<String, Entry> byRid = new HashMap<>();
    private final Deque<String> order = new ArrayDeque<>();

    public synchronized void add(Entry entry) {
        if (byRid.put(entry.rid(), entry) == null) {
            order.addLast(entry.rid());
        }
        while (order.size() > CAPACITY) {
            byRid.remove(order.pollFirst());
        }
    }

    public synchronized Optional<Entry> find(String rid) {
        return Optional.ofNullable(byRid.get(rid));
    }
}
