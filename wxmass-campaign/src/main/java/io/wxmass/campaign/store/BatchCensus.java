package io.wxmass.campaign.store;

import io.wxmass.campaign.BatchState;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How many of an account's batches are in each state now, every state present (zero when none): one grouped query. */
public final class BatchCensus {
    private BatchCensus() {
    }

    public static Map<BatchState, Long> byState(Database database, String appId) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(appId, "appId");
        Map<BatchState, Long> counts = new EnumMap<>(BatchState.class);
        for (BatchState state : BatchState.values()) {
            counts.put(state, 0L);
        }
        database.withHandle(h -> h.createQuery("SELECT state, COUNT(*) AS n FROM campaign_batch WHERE app_id = :app GROUP BY state")
                .bind("app", appId)
                .map((rs, ctx) -> Map.entry(BatchState.valueOf(rs.getString("state")), rs.getLong("n")))
                .list()).forEach(e -> counts.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(counts);
    }
}
