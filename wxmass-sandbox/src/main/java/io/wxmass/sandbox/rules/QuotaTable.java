package io.wxmass.sandbox.rules;

import java.util.Map;
import java.util.Optional;

/**
 * The daily limits quota/get reports for the APIs the sandbox does not count itself: the platform's
 * published figures for newly registered accounts (docs/platform.md §10.3). sendall and send, counted by
 * {@link DailyLimit}, and the token endpoint are answered from live counters instead.
 */
final class QuotaTable {
    private static final Map<String, Integer> DAILY = Map.ofEntries(
            Map.entry("/cgi-bin/media/upload", 100_000),
            Map.entry("/cgi-bin/media/uploadnews", 10),
            Map.entry("/cgi-bin/message/mass/delete", 10),
            Map.entry("/cgi-bin/user/get", 500),
            Map.entry("/cgi-bin/user/info", 5_000_000),
            Map.entry("/cgi-bin/draft/add", 1000),
            Map.entry("/cgi-bin/draft/get", 500),
            Map.entry("/cgi-bin/draft/delete", 1000),
            Map.entry("/cgi-bin/draft/update", 1000),
            Map.entry("/cgi-bin/draft/count", 1000),
            Map.entry("/cgi-bin/draft/batchget", 1000),
            Map.entry("/cgi-bin/freepublish/submit", 100),
            Map.entry("/cgi-bin/freepublish/get", 100),
            Map.entry("/cgi-bin/freepublish/delete", 10),
            Map.entry("/cgi-bin/freepublish/getarticle", 100),
            Map.entry("/cgi-bin/freepublish/batchget", 100));

    private QuotaTable() {
    }

    static Optional<Integer> dailyLimit(String cgiPath) {
        return Optional.ofNullable(DAILY.get(cgiPath));
    }
}
