package io.wxmass.campaign.plan;

/**
 * What freezing an audience produced.
 *
 * @param batches    batches written (1 for a sendall campaign)
 * @param recipients distinct openids frozen (0 for a sendall campaign)
 * @param duplicates openids dropped because they appeared earlier in the audience
 */
public record PlanResult(String campaignId, int batches, long recipients, long duplicates) {
}
