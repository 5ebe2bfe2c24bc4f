package io.wxmass.campaign.plan;

import io.wxmass.campaign.DeliveryStrategy;

/**
 * What freezing an audience produced.
 *
 * @param batches    batches written (1 for a sendall campaign and for the temporary-tag strategy)
 * @param recipients distinct openids frozen (0 for a sendall campaign)
 * @param duplicates openids dropped because they appeared earlier in the audience
 * @param strategy   {@link DeliveryStrategy#LIST} or {@link DeliveryStrategy#TAG} for an openid audience;
 *                   {@link DeliveryStrategy#AUTO} for a sendall campaign, where there is nothing to choose
 * @param reason     what was chosen and why, in a sentence
 */
public record PlanResult(String campaignId, int batches, long recipients, long duplicates, DeliveryStrategy strategy,
                         String reason) {
}
