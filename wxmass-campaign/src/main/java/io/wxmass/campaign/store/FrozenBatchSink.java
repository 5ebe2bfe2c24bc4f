package io.wxmass.campaign.store;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.ClientMsgIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Receives a campaign's batches while its audience is frozen, writing each one as it comes so the
 * planner never holds more than one batch. Numbers batches from 1 and derives their clientmsgids.
 * For the temporary-tag strategy the openids go into tag chunks instead, behind one sendall batch.
 */
public final class FrozenBatchSink implements AutoCloseable {
    private final Connection connection;
    private final String campaignId;
    private final PreparedStatement insert;
    private PreparedStatement insertChunk;
    private int batches;
    private int chunks;
    private long recipients;
    private long duplicates;
    private String reason;

    FrozenBatchSink(Connection connection, String appId, String campaignId) throws SQLException {
        this.connection = connection;
        this.campaignId = campaignId;
        this.insert = connection.prepareStatement("INSERT INTO campaign_batch (campaign_id, batch_no, client_msg_id, "
                + "kind, tag_id, recipient_count, openids, state, app_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        this.insert.setString(9, appId);
    }

    /** An openid batch (2 to 10,000 distinct openids, checked by the planner). */
    public void openIds(List<String> openIds) throws SQLException {
        write(AudienceKind.OPENIDS, null, openIds.size(), Sql.lines(openIds));
        recipients += openIds.size();
    }

    /** The single sendall batch of a tag campaign. */
    public void tag(long tagId) throws SQLException {
        write(AudienceKind.TAG, tagId, 0, null);
    }

    /** The single sendall batch of an all-followers campaign. */
    public void all() throws SQLException {
        write(AudienceKind.ALL, null, 0, null);
    }

    /** Openids bound for the temporary tag (up to 10,000 a chunk): tagged at run time, 50 a call. */
    public void tagChunk(List<String> openIds) throws SQLException {
        if (insertChunk == null) {
            insertChunk = connection.prepareStatement("INSERT INTO campaign_tag_chunk (campaign_id, chunk_no, openids, "
                    + "recipient_count) VALUES (?, ?, ?, ?)");
        }
        chunks++;
        insertChunk.setString(1, campaignId);
        insertChunk.setInt(2, chunks);
        insertChunk.setString(3, Sql.lines(openIds));
        insertChunk.setInt(4, openIds.size());
        insertChunk.executeUpdate();
        recipients += openIds.size();
    }

    /**
     * Turns the openid batches written so far into tag chunks, in the database (nothing is read into
     * memory), for a planner that learnt only at the end that the list needs a tag.
     */
    public void moveBatchesToTagChunks() throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO campaign_tag_chunk (campaign_id, chunk_no, "
                + "openids, recipient_count) SELECT campaign_id, batch_no, openids, recipient_count FROM campaign_batch "
                + "WHERE campaign_id = ? AND kind = 'OPENIDS'");
             PreparedStatement delete = connection.prepareStatement("DELETE FROM campaign_batch WHERE campaign_id = ?")) {
            copy.setString(1, campaignId);
            chunks += copy.executeUpdate();
            delete.setString(1, campaignId);
            delete.executeUpdate();
        }
        batches = 0;
    }

    /** The single sendall batch to the campaign's temporary tag, which is created when the batch is first claimed. */
    public void temporaryTag(String tagName) throws SQLException {
        write(AudienceKind.TAG, null, (int) Math.min(Integer.MAX_VALUE, recipients), null);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO campaign_temp_tag (campaign_id, batch_no, "
                + "tag_name, state) VALUES (?, ?, ?, 'PLANNED')")) {
            ps.setString(1, campaignId);
            ps.setInt(2, batches);
            ps.setString(3, tagName);
            ps.executeUpdate();
        }
    }

    /** What the planner chose and why, stored with the campaign. */
    public void reason(String reason) {
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    public int chunks() {
        return chunks;
    }

    /** Openids the planner dropped as repeats. */
    public void duplicates(long count) {
        duplicates += count;
    }

    public int batches() {
        return batches;
    }

    long recipients() {
        return recipients;
    }

    long duplicates() {
        return duplicates;
    }

    private void write(AudienceKind kind, Long tagId, int count, String openIds) throws SQLException {
        batches++;
        insert.setString(1, campaignId);
        insert.setInt(2, batches);
        insert.setString(3, ClientMsgIds.of(campaignId, batches));
        insert.setString(4, kind.name());
        Sql.setLong(insert, 5, tagId);
        insert.setInt(6, count);
        insert.setString(7, openIds);
        insert.setString(8, BatchState.PLANNED.name());
        insert.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        if (insertChunk != null) {
            insertChunk.close();
        }
    }
}
