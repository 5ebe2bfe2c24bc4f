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
 */
public final class FrozenBatchSink implements AutoCloseable {
    private final String campaignId;
    private final PreparedStatement insert;
    private int batches;
    private long recipients;
    private long duplicates;

    FrozenBatchSink(Connection connection, String appId, String campaignId) throws SQLException {
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
    }
}
