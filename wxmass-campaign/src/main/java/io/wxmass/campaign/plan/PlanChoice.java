package io.wxmass.campaign.plan;

import io.wxmass.campaign.DeliveryStrategy;
import java.util.Objects;

/** What the planner chose for an openid audience ({@link DeliveryStrategy#LIST} or {@link DeliveryStrategy#TAG}) and why. */
public record PlanChoice(DeliveryStrategy strategy, String reason) {
    public PlanChoice {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(reason, "reason");
        if (strategy == DeliveryStrategy.AUTO) {
            throw new IllegalArgumentException("a choice is list or tag, not auto");
        }
    }
}
