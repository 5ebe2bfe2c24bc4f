package io.wxmass.campaign.store;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.ClientMsgIds;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Receives a campaign's batches while its audience is frozen, writing them as they come so the
 * planner never holds more than a few batches. Numbers batches from 1 and derives their clientmsgids.
 * For the temporary-tag strategy the openids go into tag chunks instead, behind one sendall batch.
 *
 * <p>Rows go out as Jdbi {@link PreparedBatch}es of at most {@link #ROWS_PER_FLUSH}: fewer round trips than one
 * statement a row, and a bounded amount of openid text held in memory (a row is up to 10,000 openids, ~290 KB).
 */
public final class FrozenBatchSink implements AutoCloseable {
    static final int ROWS_PER_FLUSH = 8;
    private static final String INSERT_BATCH = "INSERT INTO campaign_batch (campaign_id, batch_no, client_msg_id, kind, "
            + "tag_id, recipient_count, openids, state, app_id) VALUES (:campaign, :batch, :clientMsgId, :kind, :tagId, "
            + ":recipients, :openids, :state, :app)";
    private static final String INSERT_CHUNK = "INSERT INTO campaign_tag_chunk (campaign_id, chunk_no, openids, "
            + "recipient_count) VALUES (:campaign, :chunk, :openids, :recipients)";

    private final Handle handle;
    private final String appId;
    private final String campaignId;
    private PreparedBatch pendingBatches;
    private PreparedBatch pendingChunks;
    private int batches;
    private int chunks;
    private long recipients;
    private long duplicates;
    private String reason;

    FrozenBatchSink(Handle handle, String appId, String campaignId) {
        this.handle = handle;
        this.appId = appId;
        this.campaignId = campaignId;
    }

    /** An openid batch (2 to 10,000 distinct openids, checked by the planner). */
    public void openIds(List<String> openIds) {
        write(AudienceKind.OPENIDS, null, openIds.size(), Sql.lines(openIds));
        recipients += openIds.size();
    }

    /** The single sendall batch of a tag campaign. */
    public void tag(long tagId) {
        write(AudienceKind.TAG, tagId, 0, null);
    }

    /** The single sendall batch of an all-followers campaign. */
    public void all() {
        write(AudienceKind.ALL, null, 0, null);
    }

    /** Openids bound for the temporary tag (up to 10,000 a chunk): tagged at run time, 50 a call. */
    public void tagChunk(List<String> openIds) {
        if (pendingChunks == null) {
            pendingChunks = handle.prepareBatch(INSERT_CHUNK);
        }
        chunks++;
        pendingChunks.bind("campaign", campaignId).bind("chunk", chunks).bind("openids", Sql.lines(openIds))
                .bind("recipients", openIds.size()).add();
        recipients += openIds.size();
        if (pendingChunks.size() >= ROWS_PER_FLUSH) {
            pendingChunks = flush(pendingChunks);
        }
    }

    /**
     * Turns the openid batches written so far into tag chunks, in the database (nothing is read into
     * memory), for a planner that learnt only at the end that the list needs a tag.
     */
    public void moveBatchesToTagChunks() {
        flush();
        chunks += handle.createUpdate("INSERT INTO campaign_tag_chunk (campaign_id, chunk_no, openids, recipient_count) "
                        + "SELECT campaign_id, batch_no, openids, recipient_count FROM campaign_batch "
                        + "WHERE campaign_id = :campaign AND kind = 'OPENIDS'")
                .bind("campaign", campaignId).execute();
        handle.createUpdate("DELETE FROM campaign_batch WHERE campaign_id = :campaign").bind("campaign", campaignId).execute();
        batches = 0;
    }

    /** The single sendall batch to the campaign's temporary tag, which is created when the batch is first claimed. */
    public void temporaryTag(String tagName) {
        write(AudienceKind.TAG, null, (int) Math.min(Integer.MAX_VALUE, recipients), null);
        flush(); // the tag row names the batch row
        handle.createUpdate("INSERT INTO campaign_temp_tag (campaign_id, batch_no, tag_name, state) "
                        + "VALUES (:campaign, :batch, :name, 'PLANNED')")
                .bind("campaign", campaignId).bind("batch", batches).bind("name", tagName).execute();
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

    /** Writes every row still held; the freezing transaction calls it before it marks the campaign planned. */
    void flush() {
        pendingBatches = flush(pendingBatches);
        pendingChunks = flush(pendingChunks);
    }

    private void write(AudienceKind kind, Long tagId, int count, String openIds) {
        if (pendingBatches == null) {
            pendingBatches = handle.prepareBatch(INSERT_BATCH);
        }
        batches++;
        pendingBatches.bind("campaign", campaignId).bind("batch", batches)
                .bind("clientMsgId", ClientMsgIds.of(campaignId, batches)).bind("kind", kind.name()).bind("tagId", tagId)
                .bind("recipients", count).bind("openids", openIds).bind("state", BatchState.PLANNED.name())
                .bind("app", appId).add();
        if (pendingBatches.size() >= ROWS_PER_FLUSH) {
            pendingBatches = flush(pendingBatches);
        }
    }

    /** Executes and closes a batch of rows (closing frees its statement); null: nothing held. */
    private static PreparedBatch flush(PreparedBatch batch) {
        if (batch != null) {
            try (batch) {
                if (batch.size() > 0) {
                    batch.execute();
                }
            }
        }
        return null;
    }

    /** Drops what was not flushed (the transaction is rolling back) and frees the statements. */
    @Override
    public void close() {
        for (PreparedBatch batch : new PreparedBatch[] {pendingBatches, pendingChunks}) {
            if (batch != null) {
                batch.close();
            }
        }
        pendingBatches = null;
        pendingChunks = null;
    }
}
