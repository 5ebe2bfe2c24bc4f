package io.wxmass.campaign.plan;

import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.core.audience.TagRules;
import io.wxmass.core.error.InvalidRequestException;
import java.util.Objects;

/**
 * Chooses list batches or a temporary tag for an openid audience (docs/platform.md D19), in one place
 * for the planner and for dry runs. A tag costs one send whatever the size; list batches cost one send
 * per 10,000 openids but need no tag changes. A bare mpnews media_id may be a draft, which serves one
 * send only (D17): more than one list batch with it is refused, or sent as a tag when the choice is ours.
 */
public final class StrategyChooser {
    private final SendAllowance allowance;

    public StrategyChooser(SendAllowance allowance) {
        this.allowance = Objects.requireNonNull(allowance, "allowance");
    }

    /**
     * @param requested       the campaign's strategy
     * @param listBatches     the sends list batches would take
     * @param recipients      distinct openids
     * @param singleUseMedia  the message is a bare mpnews media_id (no articles to make fresh drafts from)
     */
    /** The same choice against the allowance as it is now (see {@link SendAllowance#snapshot()}). */
    public StrategyChooser snapshot() {
        return new StrategyChooser(allowance.snapshot());
    }

    public PlanChoice choose(DeliveryStrategy requested, int listBatches, long recipients, boolean singleUseMedia) {
        int perDay = allowance.sends();
        String allowed = allowance.describe();
        String lists = listBatches + (listBatches == 1 ? " list batch" : " list batches");
        String tag = "one sendall to a temporary tag of " + recipients + " openids (" + tagCalls(recipients)
                + " batchtagging calls)";
        return switch (requested) {
            case LIST -> {
                if (singleUseMedia && listBatches > 1) {
                    throw new InvalidRequestException("message", "a bare mpnews media_id may be a draft, which serves "
                            + "one send only, and this audience needs " + lists + ": create the campaign from its "
                            + "articles (a fresh draft per batch) or use the tag strategy");
                }
                yield new PlanChoice(DeliveryStrategy.LIST, lists + ", as asked");
            }
            case TAG -> new PlanChoice(DeliveryStrategy.TAG, tag + ", as asked (list batches would take "
                    + listBatches + " sends)");
            case AUTO -> {
                if (listBatches > perDay) {
                    yield new PlanChoice(DeliveryStrategy.TAG, tag + ": " + lists + " would need more than "
                            + allowed);
                }
                if (singleUseMedia && listBatches > 1) {
                    yield new PlanChoice(DeliveryStrategy.TAG, tag + ": a bare mpnews media_id may be a draft, "
                            + "which serves one send, and list batches would take " + listBatches);
                }
                yield new PlanChoice(DeliveryStrategy.LIST, lists + ": within " + allowed);
            }
        };
    }

    private static long tagCalls(long recipients) {
        return (recipients + TagRules.MAX_OPENIDS_PER_CALL - 1) / TagRules.MAX_OPENIDS_PER_CALL;
    }
}
