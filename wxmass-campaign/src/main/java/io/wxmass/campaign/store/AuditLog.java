package io.wxmass.campaign.store;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;

/** The append-only record of operator actions on one account's campaigns: rows are added, never changed. */
public final class AuditLog {
    /** Orders entries written in the same millisecond (a clock that stands still, a fast script) as they were made. */
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Database database;
    private final String appId;

    public AuditLog(Database database, String appId) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = AppIds.require(appId);
    }

    /** Appends one entry; {@code batchNo} and {@code detail} may be null. */
    public void record(Actor actor, String action, String campaignId, Integer batchNo, String detail, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        database.inHandleTransaction(h -> {
            insert(h, appId, actor, action, campaignId, batchNo, detail, at);
            return null;
        });
    }

    /** Appends one entry inside the caller's transaction, so the entry commits with the change it records. */
    static void insert(Handle h, String appId, Actor actor, String action, String campaignId, Integer batchNo,
                       String detail, Instant at) {
        h.createUpdate("INSERT INTO audit_log (id, app_id, at, actor, action, campaign_id, batch_no, detail) "
                        + "VALUES (:id, :app, :at, :actor, :action, :campaign, :batch, :detail)")
                .bind("id", entryId(at)).bind("app", appId).bind("at", at.toEpochMilli()).bind("actor", actor.toString())
                .bind("action", action).bind("campaign", campaignId).bind("batch", batchNo).bind("detail", detail)
                .execute();
    }

    /** Sorts as written: the time, then this process's sequence, then random characters against other processes. */
    private static String entryId(Instant at) {
        return String.format(Locale.ROOT, "%013d%06d", at.toEpochMilli(), SEQUENCE.incrementAndGet() % 1_000_000)
                + CampaignStore.newId().substring(0, 8);
    }

    /** The campaign's entries, oldest first. */
    public List<AuditEntry> entries(String campaignId) {
        return database.withHandle(h -> h.createQuery("SELECT * FROM audit_log WHERE app_id = :app "
                        + "AND campaign_id = :campaign ORDER BY id")
                .bind("app", appId).bind("campaign", campaignId)
                .map((rs, ctx) -> new AuditEntry(Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor"),
                        rs.getString("action"), rs.getString("campaign_id"), Sql.optionalInt(rs, "batch_no"),
                        Sql.string(rs, "detail")))
                .list());
    }
}
