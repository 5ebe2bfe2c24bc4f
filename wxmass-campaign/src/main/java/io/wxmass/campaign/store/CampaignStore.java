package io.wxmass.campaign.store;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.DeliveryStrategy;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Campaign rows: creation, lookup, freezing the audience into batches, retraction. */
public final class CampaignStore {
    /** Lower-case base32: 16 characters carry 80 random bits and keep clientmsgids short. */
    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int ID_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;

    public CampaignStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    public Database database() {
        return database;
    }

    /** Stores a new campaign in {@link CampaignState#DRAFT}; its audience is frozen later by the planner. */
    public Campaign create(CampaignSpec spec, Instant now) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(now, "now");
        String id = newId();
        AudienceSpec audience = spec.audience();
        String ref = audienceRef(audience);
        String list = audience instanceof AudienceSpec.OpenIdList l ? Sql.lines(l.openIds()) : null;
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign (id, name, message_json, audience_kind, "
                    + "audience_ref, audience_list, ignore_reprint, preview_openids, scheduled_at, state, created_at, "
                    + "strategy, articles_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
                ps.setString(12, spec.strategy().wireName());
                ps.setString(13, ArticlesJson.write(spec.articles()));
                ps.executeUpdate();
            }
            return null;
        });
        return get(id).orElseThrow();
    }

    public Optional<Campaign> get(String id) {
        Objects.requireNonNull(id, "id");
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM campaign WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<Campaign>empty();
                }
            }
        });
    }

    /** Every campaign, newest first. */
    public List<Campaign> list() {
        return database.read(c -> {
            List<Campaign> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM campaign ORDER BY created_at DESC, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        });
    }

    /** The inline openid list of an {@link AudienceSpec.OpenIdList} campaign (empty for other audiences). */
    public List<String> inlineOpenIds(String id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT audience_list FROM campaign WHERE id = ?")) {
                ps.setString(1, id);
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
        Objects.requireNonNull(writer, "writer");
        database.inTransaction(c -> {
            // Takes the row lock first (PostgreSQL; SQLite's IMMEDIATE transaction already holds the
            // write lock), so a concurrent plan waits here and then finds the campaign planned.
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET planned_at = ? WHERE id = ? AND state = ?")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, id);
                ps.setString(3, CampaignState.DRAFT.name());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("campaign " + id + " is not a draft: its audience is already frozen or it was retracted");
                }
            }
            try (FrozenBatchSink sink = new FrozenBatchSink(c, id)) {
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

    /** Marks the campaign retracted; batches are handled by {@link BatchStore#cancelPlanned}. */
    public boolean markRetracted(String id) {
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET state = ? WHERE id = ? AND state <> ?")) {
                ps.setString(1, CampaignState.RETRACTED.name());
                ps.setString(2, id);
                ps.setString(3, CampaignState.RETRACTED.name());
                return ps.executeUpdate() == 1;
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
                Instant.ofEpochMilli(rs.getLong("created_at")), Sql.instant(rs, "planned_at"),
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
}
