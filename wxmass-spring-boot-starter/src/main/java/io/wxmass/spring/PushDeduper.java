package io.wxmass.spring;

import io.wxmass.core.callback.event.CallbackEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the pushes already published (by MsgID, or FromUserName + CreateTime without one), so the platform's
 * retries of one push are published once. A push is claimed before it is published and forgotten again when
 * publishing fails, so a retry after a failure is published, and two retries in flight at once are not both.
 * Bounded: the oldest keys go first, long after the platform's retries (three, within seconds) are over.
 */
final class PushDeduper {
    static final int DEFAULT_CAPACITY = 100_000;

    private final Map<String, Boolean> seen;

    PushDeduper(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    static String key(String appId, CallbackEvent event) {
        return appId + "|" + (event.dedupeMsgId().isPresent() ? "msg:" + event.dedupeMsgId().getAsLong()
                : "key:" + event.dedupeKey());
    }

    /** True when this caller is the first to see {@code key}: it must publish, then keep or release it. */
    synchronized boolean claim(String key) {
        return seen.putIfAbsent(key, Boolean.TRUE) == null;
    }

    synchronized void release(String key) {
        seen.remove(key);
    }
}
