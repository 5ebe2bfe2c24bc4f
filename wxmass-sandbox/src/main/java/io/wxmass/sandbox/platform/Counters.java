package io.wxmass.sandbox.platform;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What the admin API reports: requests per endpoint path and tokens fetched per app (both kinds). */
public final class Counters {
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> tokenFetches = new ConcurrentHashMap<>();

    public void request(String path) {
        requests.computeIfAbsent(path, p -> new LongAdder()).increment();
    }

    public void tokenFetched(String appId) {
        tokenFetches.computeIfAbsent(appId, a -> new LongAdder()).increment();
    }

    public long requests(String path) {
        LongAdder n = requests.get(path);
        return n == null ? 0 : n.sum();
    }

    public long tokenFetches(String appId) {
        LongAdder n = tokenFetches.get(appId);
        return n == null ? 0 : n.sum();
    }

    /** Snapshot sorted by path. */
    public Map<String, Long> requestsByPath() {
        return snapshot(requests);
    }

    /** Snapshot sorted by appId. */
    public Map<String, Long> tokenFetchesByApp() {
        return snapshot(tokenFetches);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> source) {
        Map<String, Long> copy = new TreeMap<>();
        source.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }
}
