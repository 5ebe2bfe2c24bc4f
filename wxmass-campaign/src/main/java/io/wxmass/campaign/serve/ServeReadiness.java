package io.wxmass.campaign.serve;

import io.wxmass.campaign.schedule.CampaignScheduler;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.token.TokenManager;
import java.sql.Statement;
import java.util.Objects;

/**
 * {@code wxmass serve}'s readiness, the three things without which it cannot do its work:
 * <ul>
 *   <li>{@code store}: the database answers {@code SELECT 1} (pushes are stored before they are answered);</li>
 *   <li>{@code scheduler}: the resident scheduler's rounds still run (leading or following: a follower is ready to
 *       take over);</li>
 *   <li>{@code token}: an access token can be had, the stored one while it is fresh (so probes cost no fetch); a wrong
 *       secret or an unreachable platform shows here as {@code failed: platform 40125} or {@code failed: network}.</li>
 * </ul>
 */
public final class ServeReadiness {
    private ServeReadiness() {
    }

    public static Readiness of(Database database, CampaignScheduler scheduler, TokenManager tokens) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(tokens, "tokens");
        return Readiness.builder()
                .check("store", () -> database.read(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.execute("SELECT 1");
                    }
                }))
                .check("scheduler", () -> {
                    if (!scheduler.running()) {
                        throw new IllegalStateException("scheduler not running");
                    }
                })
                .check("token", tokens::current)
                .build();
    }
}
