package io.wxmass.campaign.store;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.Approval;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.DeliveryStrategy;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** One account's campaign rows: creation, lookup, freezing the audience into batches, steering. */
public final class CampaignStore {
    /** Lower-case base32: 16 characters carry 80 random bits and keep clientmsgids short. */
    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int ID_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final String appId;

    /** The campaigns of the account {@code appId}; other accounts' rows in the same database are never seen. */
    public CampaignStore(Database database, String appId) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = AppIds.require(appId);
    }

    public Database database() {
        return database;
    }

    public String appId() {
        return appId;
    }

    /** Stores a new campaign in {@link CampaignState#DRAFT} created by the embedding program ({@code system:sdk}). */
    public Campaign create(CampaignSpec spec, Instant now) {
        return create(spec, Actor.system("sdk"), now);
    }

    /**
     * Stores a new campaign in {@link CampaignState#DRAFT}, and its creation in the audit log; its audience is
     * frozen later by the planner.
     */
    public Campaign create(CampaignSpec spec, Actor creator, Instant now) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(now, "now");
        String id = newId();
        AudienceSpec audience = spec.audience();
        String message = MessageJson.write(spec.message().orElseThrow(() -> new IllegalArgumentException(
                "a campaign from articles is stored through CampaignService, which makes its first draft")));
        database.inHandleTransaction(h -> {
            h.createUpdate("INSERT INTO campaign (id, name, message_json, audience_kind, audience_ref, audience_list, "
                            + "ignore_reprint, preview_openids, scheduled_at, state, created_at, app_id, created_by, "
                            + "require_preview, four_eyes, strategy, articles_json) VALUES (:id, :name, :message, :kind, "
                            + ":ref, :list, :ignoreReprint, :preview, :scheduledAt, :state, :createdAt, :app, :createdBy, "
                            + ":requirePreview, :fourEyes, :strategy, :articles)")
                    .bind("id", id).bind("name", spec.name()).bind("message", message)
                    .bind("kind", audience.kind().name()).bind("ref", AudienceColumns.ref(audience))
                    .bind("list", AudienceColumns.list(audience)).bind("ignoreReprint", spec.ignoreReprint() ? 1 : 0)
                    .bind("preview", Sql.lines(spec.previewOpenIds())).bind("scheduledAt", Sql.millis(spec.scheduledAt()))
                    .bind("state", CampaignState.DRAFT.name()).bind("createdAt", now.toEpochMilli()).bind("app", appId)
                    .bind("createdBy", creator.toString()).bind("requirePreview", spec.requirePreview() ? 1 : 0)
                    .bind("fourEyes", spec.fourEyes() ? 1 : 0).bind("strategy", spec.strategy().wireName())
                    .bind("articles", ArticlesJson.write(spec.articles()))
                    .execute();
            AuditLog.insert(h, appId, creator, "create", id, null, spec.name(), now);
            return null;
        });
        return get(id).orElseThrow();
    }

    public Optional<Campaign> get(String id) {
        Objects.requireNonNull(id, "id");
        return database.withHandle(h -> h.createQuery("SELECT * FROM campaign WHERE id = :id AND app_id = :app")
                .bind("id", id).bind("app", appId)
                .map(CampaignStore::read).findOne());
    }

    /** Every campaign, newest first. */
    public List<Campaign> list() {
        return list(0, Integer.MAX_VALUE);
    }

    /** At most {@code limit} campaigns after skipping {@code offset}, newest first: one page of {@link #list()}. */
    public List<Campaign> list(int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, were " + offset + " and " + limit);
        }
        return database.withHandle(h -> h.createQuery("SELECT * FROM campaign WHERE app_id = :app "
                        + "ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("app", appId).bind("limit", (long) limit).bind("offset", (long) offset)
                .map(CampaignStore::read).list());
    }

    /**
     * Freezes a draft's audience in one transaction: {@code writer} streams batches into the sink;
     * the campaign becomes {@link CampaignState#PLANNED} only if it completes. A campaign that is
     * not a draft any more (planned concurrently, or retracted) is refused.
     */
    public void freeze(String id, Instant now, BatchWriter writer) {
        freeze(id, null, now, writer);
    }

    /** As {@link #freeze(String, Instant, BatchWriter)}, recording {@code approver} (null: none recorded). */
    public void freeze(String id, Actor approver, Instant now, BatchWriter writer) {
        Objects.requireNonNull(writer, "writer");
        database.inHandleTransaction(h -> {
            // Takes the row lock first (PostgreSQL; SQLite's IMMEDIATE transaction already holds the
            // write lock), so a concurrent plan waits here and then finds the campaign planned.
            int locked = h.createUpdate("UPDATE campaign SET planned_at = :now, approved_by = :approver, "
                            + "approved_at = :approvedAt WHERE id = :id AND state = 'DRAFT' AND app_id = :app")
                    .bind("now", now.toEpochMilli()).bind("approver", approver == null ? null : approver.toString())
                    .bind("approvedAt", approver == null ? null : now.toEpochMilli()).bind("id", id).bind("app", appId)
                    .execute();
            if (locked != 1) {
                throw notADraft(h, id);
            }
            try (FrozenBatchSink sink = new FrozenBatchSink(h, appId, id)) {
                try {
                    writer.write(sink);
                } catch (SQLException e) {
                    throw new StoreException("database work failed: " + e.getMessage(), e);
                }
                sink.flush();
                h.createUpdate("UPDATE campaign SET state = 'PLANNED', planned_at = :now, recipient_count = :recipients, "
                                + "duplicate_count = :duplicates, plan_reason = :reason WHERE id = :id AND state = 'DRAFT'")
                        .bind("now", now.toEpochMilli()).bind("recipients", sink.recipients())
                        .bind("duplicates", sink.duplicates()).bind("reason", sink.reason()).bind("id", id)
                        .execute();
            }
            return null;
        });
    }

    /** The campaign's outcome so far, summed over its batches. */
    public CampaignTotals totals(String id) {
        Objects.requireNonNull(id, "id");
        return database.read(c -> TotalsQuery.read(c, id));
    }

    /** Marks the campaign retracted; batches are handled by {@link OperatorBatches#stop}. */
    public boolean markRetracted(String id) {
        return transition(id, Set.of(CampaignState.values()), CampaignState.RETRACTED);
    }

    /**
     * Moves the campaign to {@code to} if it is in one of {@code from} (and not already there): one guarded UPDATE,
     * so of two operators racing only one succeeds. Returns whether it moved.
     */
    public boolean transition(String id, Set<CampaignState> from, CampaignState to) {
        Objects.requireNonNull(to, "to");
        if (from.isEmpty()) {
            return false;
        }
        return database.inHandleTransaction(h -> h.createUpdate("UPDATE campaign SET state = :to WHERE id = :id "
                        + "AND app_id = :app AND state <> :to AND state IN (<from>)")
                .bind("to", to.name()).bind("id", id).bind("app", appId)
                .bindList("from", from.stream().map(CampaignState::name).sorted().toList())
                .execute() == 1);
    }

    /** Records that the campaign's preview went out (a campaign may require one before approval). */
    public void markPreviewed(String id, Instant now) {
        database.inHandleTransaction(h -> h.createUpdate("UPDATE campaign SET previewed_at = :now WHERE id = :id "
                        + "AND app_id = :app")
                .bind("now", now.toEpochMilli()).bind("id", id).bind("app", appId).execute());
    }

    /** Streams batches into a freezing transaction. */
    @FunctionalInterface
    public interface BatchWriter {
        void write(FrozenBatchSink sink) throws SQLException;
    }

    /** The row mapper of a campaign row; the audience's columns are read back by {@link AudienceColumns}. */
    private static Campaign read(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Campaign(rs.getString("id"), rs.getString("name"), MessageJson.read(rs.getString("message_json")),
                AudienceColumns.read(rs.getString("audience_kind"), rs.getString("audience_ref"),
                        rs.getString("audience_list")),
                rs.getInt("ignore_reprint") != 0, Sql.lines(rs.getString("preview_openids")),
                Sql.instant(rs, "scheduled_at"), CampaignState.valueOf(rs.getString("state")),
                rs.getLong("recipient_count"), rs.getLong("duplicate_count"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Sql.instant(rs, "planned_at"), rs.getString("app_id"),
                new Approval(Sql.string(rs, "created_by"), rs.getInt("require_preview") != 0, rs.getInt("four_eyes") != 0,
                        Sql.instant(rs, "previewed_at"), Sql.string(rs, "approved_by"), Sql.instant(rs, "approved_at")),
                DeliveryStrategy.parse(rs.getString("strategy"), "strategy"), Sql.string(rs, "plan_reason"),
                ArticlesJson.read(rs.getString("articles_json")));
    }

    static String newId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
        }
        return id.toString();
    }

    /** Why a freeze found no draft to freeze: the campaign is gone, or planned (or retracted) already. */
    private CampaignStateException notADraft(Handle h, String id) {
        return h.createQuery("SELECT state FROM campaign WHERE id = :id AND app_id = :app")
                .bind("id", id).bind("app", appId).mapTo(String.class).findOne()
                .map(state -> CampaignStateException.wrongState(id, CampaignState.valueOf(state),
                        "not a draft: its audience is already frozen or it was retracted"))
                .orElseGet(() -> CampaignStateException.notFound(id));
    }
}
