package io.wxmass.campaign;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A campaign's outcome so far, summed over its batches.
 *
 * @param counts         summed event counts (total, filtered, sent, errors) of the batches an event settled
 * @param batchesByState how many batches are in each state
 * @param checkStates    copyright CheckState value → number of batches that reported it
 * @param articleUrls    article URLs reported by the events, without repeats
 * @param unconfirmed    batches settled by mass/get polling only, whose counts are therefore unknown
 */
public record CampaignTotals(String campaignId, long recipients, JobCounts counts, Map<BatchState, Integer> batchesByState,
                             Map<Integer, Integer> checkStates, List<String> articleUrls, int unconfirmed) {
    public CampaignTotals {
        Objects.requireNonNull(campaignId, "campaignId");
        batchesByState = Map.copyOf(batchesByState);
        checkStates = Map.copyOf(checkStates);
        articleUrls = List.copyOf(articleUrls);
    }

    public int batches() {
        return batchesByState.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int batchesIn(BatchState state) {
        return batchesByState.getOrDefault(state, 0);
    }

    /** Every batch is settled: nothing is planned, being sent, deferred, held for an admin or awaiting its outcome. */
    public boolean done() {
        return batchesByState.entrySet().stream().noneMatch(e -> e.getValue() > 0
                && (e.getKey().isPending() || e.getKey() == BatchState.SUBMITTED));
    }
}
