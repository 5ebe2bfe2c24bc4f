package io.wxmass.campaign.store;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.BatchKey;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.ClientMsgIds;
import io.wxmass.campaign.TemporaryTag;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The temporary tag of a campaign and its chunks of openids. Progress is written after every
 * batchtagging call together with the sendall batch's lease, so a worker that lost the lease stops
 * and its successor resumes from the last recorded call (tagging again is harmless: it changes nothing).
 */
public final class TemporaryTagStore {
    private final Database database;

    public TemporaryTagStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** One chunk of up to 10,000 openids: the first {@code tagged} are done, {@code failed} will go by list. */
    public record Chunk(int chunkNo, List<String> openIds, int tagged, List<String> failed) {
        public Chunk {
            openIds = List.copyOf(openIds);
            failed = List.copyOf(failed);
        }
    }

    public Optional<TemporaryTag> find(String campaignId) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM campaign_temp_tag WHERE campaign_id = ?")) {
                ps.setString(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.<TemporaryTag>empty();
                }
            }
        });
    }

    /** Recorded before tags/create: a crash after it means the tag may exist under its name. */
    public void markCreating(String campaignId) {
        update("UPDATE campaign_temp_tag SET state = 'CREATING' WHERE campaign_id = ? AND state = 'PLANNED'", campaignId);
    }

    /** Recorded after tags/create (or the lookup by name): the tag id, on the sendall batch too. */
    public void recordTagId(BatchKey key, long tagId) {
        database.inTransaction(c -> {
            try (PreparedStatement tag = c.prepareStatement("UPDATE campaign_temp_tag SET tag_id = ?, state = 'TAGGING' "
                    + "WHERE campaign_id = ? AND state IN ('PLANNED', 'CREATING')");
                 PreparedStatement batch = c.prepareStatement("UPDATE campaign_batch SET tag_id = ? "
                         + "WHERE campaign_id = ? AND batch_no = ?")) {
                tag.setLong(1, tagId);
                tag.setString(2, key.campaignId());
                tag.executeUpdate();
                batch.setLong(1, tagId);
                batch.setString(2, key.campaignId());
                batch.setInt(3, key.batchNo());
                batch.executeUpdate();
            }
            return null;
        });
    }

    /** The first chunk not fully tagged, if any (one chunk in memory at a time). */
    public Optional<Chunk> nextToTag(String campaignId) {
        return oneChunk("tagged < recipient_count ORDER BY chunk_no LIMIT 1", campaignId, null);
    }

    /**
     * Records one call's progress and renews the sendall batch's lease, fenced by its owner.
     *
     * @return false when the lease was lost: another worker carries on, this one must stop
     */
    public boolean recordTagged(BatchKey key, String owner, int chunkNo, int tagged, List<String> failed,
                                int newlyDropped, Instant leaseUntil) {
        return database.inTransaction(c -> {
            try (PreparedStatement lease = c.prepareStatement("UPDATE campaign_batch SET lease_until = ? "
                    + "WHERE campaign_id = ? AND batch_no = ? AND lease_owner = ? AND state = 'PLANNED'")) {
                lease.setLong(1, leaseUntil.toEpochMilli());
                lease.setString(2, key.campaignId());
                lease.setInt(3, key.batchNo());
                lease.setString(4, owner);
                if (lease.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_tag_chunk SET tagged = ?, failed = ? "
                    + "WHERE campaign_id = ? AND chunk_no = ?")) {
                ps.setInt(1, tagged);
                ps.setString(2, Sql.lines(failed));
                ps.setString(3, key.campaignId());
                ps.setInt(4, chunkNo);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_temp_tag SET dropped_count = dropped_count + ? "
                    + "WHERE campaign_id = ?")) {
                ps.setInt(1, newlyDropped);
                ps.setString(2, key.campaignId());
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** One chunk by number. */
    public Optional<Chunk> chunk(String campaignId, int chunkNo) {
        return oneChunk("chunk_no = ?", campaignId, chunkNo);
    }

    /** Every openid that will go by list instead of the tag, in chunk order. */
    public List<String> fallbackOpenIds(String campaignId) {
        return database.read(c -> {
            List<String> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT failed FROM campaign_tag_chunk WHERE campaign_id = ? "
                    + "AND failed IS NOT NULL ORDER BY chunk_no")) {
                ps.setString(1, campaignId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.addAll(Sql.lines(rs.getString(1)));
                    }
                }
            }
            return result;
        });
    }

    /**
     * Ends the tagging step once: the fallback openids become list batches after the sendall batch
     * (numbered on, with their own clientmsgids), the sendall batch counts only the tagged openids,
     * and the tag is TAGGED. False when another worker did it first.
     *
     * @param fallbackBatches lists of 2 to 10,000 openids; the sendall batch stops counting them and the dropped ones
     * @param refusedReason   when not null the fallback batches are written FAILED with this reason:
     *                        the message cannot be sent again (a bare draft media_id)
     */
    public boolean finishTagging(BatchKey key, List<List<String>> fallbackBatches, String refusedReason, Instant now) {
        return database.inTransaction(c -> {
            long fallback = fallbackBatches.stream().mapToLong(List::size).sum();
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_temp_tag SET state = 'TAGGED', "
                    + "fallback_count = ? WHERE campaign_id = ? AND state = 'TAGGING'")) {
                ps.setLong(1, fallback);
                ps.setString(2, key.campaignId());
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_batch SET recipient_count = recipient_count - ? "
                    + "- (SELECT dropped_count FROM campaign_temp_tag WHERE campaign_id = ?) "
                    + "WHERE campaign_id = ? AND batch_no = ?")) {
                ps.setLong(1, fallback);
                ps.setString(2, key.campaignId());
                ps.setString(3, key.campaignId());
                ps.setInt(4, key.batchNo());
                ps.executeUpdate();
            }
            int batchNo = lastBatchNo(c, key.campaignId());
            // The fallback batches belong to the sendall batch's account.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_batch (campaign_id, batch_no, client_msg_id, "
                    + "kind, recipient_count, openids, state, settled_at, settled_by, error_message, app_id) "
                    + "SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, app_id FROM campaign_batch WHERE campaign_id = ? AND batch_no = ?")) {
                for (List<String> openIds : fallbackBatches) {
                    batchNo++;
                    ps.setString(1, key.campaignId());
                    ps.setInt(2, batchNo);
                    ps.setString(3, ClientMsgIds.of(key.campaignId(), batchNo));
                    ps.setString(4, AudienceKind.OPENIDS.name());
                    ps.setInt(5, openIds.size());
                    ps.setString(6, Sql.lines(openIds));
                    ps.setString(7, (refusedReason == null ? BatchState.PLANNED : BatchState.FAILED).name());
                    Sql.setInstant(ps, 8, refusedReason == null ? null : now);
                    ps.setString(9, refusedReason == null ? null : "plan");
                    ps.setString(10, refusedReason);
                    ps.setString(11, key.campaignId());
                    ps.setInt(12, key.batchNo());
                    ps.executeUpdate();
                }
            }
            return true;
        });
    }

    /** Tags whose sendall batch is settled (or never went) and that still exist: to untag and delete. */
    public List<TemporaryTag> awaitingDeletion() {
        return database.read(c -> {
            List<TemporaryTag> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.* FROM campaign_temp_tag t JOIN campaign_batch b "
                    + "ON b.campaign_id = t.campaign_id AND b.batch_no = t.batch_no WHERE t.state <> 'DELETED' "
                    + "AND t.tag_id IS NOT NULL AND b.state IN ('FINISHED', 'FAILED', 'CANCELLED') ORDER BY t.campaign_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(read(rs));
                }
            }
            return result;
        });
    }

    /** The last chunk still carrying the tag, for untagging down to what tags/delete accepts. */
    public Optional<Chunk> nextToUntag(String campaignId) {
        return oneChunk("untagged = 0 ORDER BY chunk_no DESC LIMIT 1", campaignId, null);
    }

    public void markUntagged(String campaignId, int chunkNo) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_tag_chunk SET untagged = 1 "
                    + "WHERE campaign_id = ? AND chunk_no = ?")) {
                ps.setString(1, campaignId);
                ps.setInt(2, chunkNo);
                return ps.executeUpdate();
            }
        });
    }

    public void markDeleted(String campaignId, Instant now) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_temp_tag SET state = 'DELETED', deleted_at = ? "
                    + "WHERE campaign_id = ?")) {
                ps.setLong(1, now.toEpochMilli());
                ps.setString(2, campaignId);
                return ps.executeUpdate();
            }
        });
    }

    /** The first chunk of the campaign matching {@code condition}, which may bind one chunk number. */
    private Optional<Chunk> oneChunk(String condition, String campaignId, Integer chunkNo) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT chunk_no, openids, tagged, failed FROM campaign_tag_chunk "
                    + "WHERE campaign_id = ? AND " + condition)) {
                ps.setString(1, campaignId);
                if (chunkNo != null) {
                    ps.setInt(2, chunkNo);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Chunk(rs.getInt(1), Sql.lines(rs.getString(2)), rs.getInt(3),
                            Sql.lines(rs.getString(4)))) : Optional.<Chunk>empty();
                }
            }
        });
    }

    private static int lastBatchNo(Connection c, String campaignId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(batch_no) FROM campaign_batch WHERE campaign_id = ?")) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void update(String sql, String campaignId) {
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, campaignId);
                return ps.executeUpdate();
            }
        });
    }

    private static TemporaryTag read(ResultSet rs) throws SQLException {
        return new TemporaryTag(rs.getString("campaign_id"), rs.getInt("batch_no"), rs.getString("tag_name"),
                Sql.optionalLong(rs, "tag_id"), TemporaryTag.State.valueOf(rs.getString("state")),
                rs.getLong("fallback_count"), rs.getLong("dropped_count"));
    }
}
