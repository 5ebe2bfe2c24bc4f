package io.wxmass.campaign.store;

import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.JobCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;

/** Sums a campaign's batches into {@link CampaignTotals}. */
final class TotalsQuery {
    private TotalsQuery() {
    }

    static CampaignTotals read(Connection c, String campaignId) throws SQLException {
        Map<BatchState, Integer> byState = new EnumMap<>(BatchState.class);
        Map<Integer, Integer> checkStates = new TreeMap<>();
        LinkedHashSet<String> urls = new LinkedHashSet<>();
        JobCounts counts = JobCounts.ZERO;
        long recipients = 0;
        int unconfirmed = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT state, recipient_count, total_count, filter_count, "
                + "sent_count, error_count, check_state, article_urls, settled_by FROM campaign_batch "
                + "WHERE campaign_id = ? ORDER BY batch_no")) {
            ps.setString(1, campaignId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byState.merge(BatchState.valueOf(rs.getString("state")), 1, Integer::sum);
                    recipients += rs.getLong("recipient_count");
                    long total = rs.getLong("total_count");
                    if (!rs.wasNull()) {
                        counts = counts.plus(new JobCounts(total, rs.getLong("filter_count"), rs.getLong("sent_count"),
                                rs.getLong("error_count")));
                    }
                    int check = rs.getInt("check_state");
                    if (!rs.wasNull()) {
                        checkStates.merge(check, 1, Integer::sum);
                    }
                    urls.addAll(Sql.lines(rs.getString("article_urls")));
                    if ("poll".equals(rs.getString("settled_by"))) {
                        unconfirmed++;
                    }
                }
            }
        }
        return new CampaignTotals(campaignId, recipients, counts, byState, checkStates, new ArrayList<>(urls), unconfirmed);
    }

}
