package io.wxmass.campaign.store;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.Approval;
import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.DeliveryStrategy;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
        String ref = audienceRef(audience);
        String list = audience instanceof AudienceSpec.OpenIdList l ? Sql.lines(l.openIds()) : null;
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign (id, name, message_json, audience_kind, "
                    + "audience_ref, audience_list, ignore_reprint, preview_openids, scheduled_at, state, created_at, "
                    + "app_id, created_by, require_preview, four_eyes, strategy, articles_json) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, spec.name());
                ps.setString(3, MessageJson.write(spec.message().orElseThrow(() -> new IllegalArgumentException(
                        "a campaign from articles is stored through CampaignService, which makes its first draft"))));
                ps.setString(4, audience.kind().name());
                ps.setString(5, ref);
                ps.setString(6, list);
                ps.setInt(7, spec.ignoreReprint() ? 1 : 0);
                ps.setString(8, Sql.lines(spec.previewOpenIds()));
                Sql.setInstant(ps, 9, spec.scheduledAt().orElse(null));
                ps.setString(10, CampaignState.DRAFT.name());
                ps.setLong(11, now.toEpochMilli());
                ps.setString(12, appId);
                ps.setString(13, creator.toString());
                ps.setInt(14, spec.requirePreview() ? 1 : 0);
                ps.setInt(15, spec.fourEyes() ? 1 : 0);
                ps.setString(16, spec.strategy().wireName());
                ps.setString(17, ArticlesJson.write(spec.articles()));
                ps.executeUpdate();
            }
            AuditLog.insert(c, appId, creator, "create", id, null, spec.name(), now);
            return null;
        });
        return get(id).orElseThrow();
    }

    public Optional<Campaign> get(String id) {
        Objects.requireNonNull(id, "id");
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM campaign WHERE id = ? AND app_id = ?")) {
                ps.setString(1, id);
                ps.setString(2, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<Campaign>empty();
                }
            }
        });
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
        return database.read(c -> {
            List<Campaign> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM campaign WHERE app_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?")) {
                ps.setString(1, appId);
                ps.setLong(2, limit);
                ps.setLong(3, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(read(rs));
                    }
                }
            }
            return result;
        });
    }

    /** The inline openid list of an {@link AudienceSpec.OpenIdList} campaign (empty for other audiences). */
    public List<String> inlineOpenIds(String id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT audience_list FROM campaign WHERE id = ? AND app_id = ?")) {
                ps.setString(1, id);
                ps.setString(2, appId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Sql.lines(rs.getString(1)) : List.<String>of();
                }
            }
        });
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
        database.inTransaction(c -> {
            // Takes the row lock first (PostgreSQL; SQLite's IMMEDIATE transaction already holds the
            // write lock), so a concurrent plan waits here and then finds the campaign planned.
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET planned_at = ?, approved_by = ?, "
                    + "approved_at = ? WHERE id = ? AND state = ? AND app_id = ?")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, approver == null ? null : approver.toString());
                Sql.setInstant(ps, 3, approver == null ? null : now);
                ps.setString(4, id);
                ps.setString(5, CampaignState.DRAFT.name());
                ps.setString(6, appId);
                if (ps.executeUpdate() != 1) {
                    throw notADraft(c, id);
                }
            }
            try (FrozenBatchSink sink = new FrozenBatchSink(c, appId, id)) {
                writer.write(sink);
                try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET state = ?, planned_at = ?, "
                        + "recipient_count = ?, duplicate_count = ?, plan_reason = ? WHERE id = ? AND state = ?")) {
                    ps.setString(1, CampaignState.PLANNED.name());
                    ps.setLong(2, now.toEpochMilli());
                    ps.setLong(3, sink.recipients());
                    ps.setLong(4, sink.duplicates());
                    ps.setString(5, sink.reason());
                    ps.setString(6, id);
                    ps.setString(7, CampaignState.DRAFT.name());
                    ps.executeUpdate();
                }
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
        StringBuilder sql = new StringBuilder("UPDATE campaign SET state = ? WHERE id = ? AND app_id = ? AND state <> ? AND state IN (");
        List<CampaignState> states = List.copyOf(from);
        for (int i = 0; i < states.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                ps.setString(1, to.name());
                ps.setString(2, id);
                ps.setString(3, appId);
                ps.setString(4, to.name());
                for (int i = 0; i < states.size(); i++) {
                    ps.setString(5 + i, states.get(i).name());
                }
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Records that the campaign's preview went out (a campaign may require one before approval). */
    public void markPreviewed(String id, Instant now) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET previewed_at = ? WHERE id = ? AND app_id = ?")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, id);
                ps.setString(3, appId);
                return ps.executeUpdate();
            }
        });
    }

    /** Streams batches into a freezing transaction. */
    @FunctionalInterface
    public interface BatchWriter {
        void write(FrozenBatchSink sink) throws SQLException;
    }

    private static String audienceRef(AudienceSpec audience) {
        if (audience instanceof AudienceSpec.OpenIdFile f) {
            return f.file().toAbsolutePath().toString();
        }
        if (audience instanceof AudienceSpec.Tag t) {
            return Long.toString(t.tagId());
        }
        if (audience instanceof AudienceSpec.TagMembers t) {
            return Long.toString(t.tagId());
        }
        return null;
    }

    private static Campaign read(ResultSet rs) throws SQLException {
        return new Campaign(rs.getString("id"), rs.getString("name"), MessageJson.read(rs.getString("message_json")),
                AudienceKind.valueOf(rs.getString("audience_kind")), Sql.string(rs, "audience_ref"),
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
    private CampaignStateException notADraft(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT state FROM campaign WHERE id = ? AND app_id = ?")) {
            ps.setString(1, id);
            ps.setString(2, appId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? CampaignStateException.wrongState(id, CampaignState.valueOf(rs.getString(1)),
                                "not a draft: its audience is already frozen or it was retracted")
                        : CampaignStateException.notFound(id);
            }
        }
    }
}
