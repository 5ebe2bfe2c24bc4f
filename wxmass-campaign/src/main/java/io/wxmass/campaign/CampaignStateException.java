package io.wxmass.campaign;

import io.wxmass.core.error.StateConflictException;
import java.util.Objects;
import java.util.Optional;

/**
 * The campaign a step names does not exist, or is in a state where that step cannot run (sending one that was
 * never planned, say). Nothing was sent. The REST API answers 404 or 409, the CLI exits with 4.
 */
public final class CampaignStateException extends StateConflictException {
    /** Why the step could not run. */
    public enum Reason { NOT_FOUND, WRONG_STATE }

    private final String campaignId;
    private final Reason reason;
    private final CampaignState state;

    private CampaignStateException(String campaignId, Reason reason, CampaignState state, String message) {
        super(message, reason == Reason.NOT_FOUND);
        this.campaignId = campaignId;
        this.reason = reason;
        this.state = state;
    }

    public static CampaignStateException notFound(String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        return new CampaignStateException(campaignId, Reason.NOT_FOUND, null, "no campaign with id " + campaignId);
    }

    /** @param rule what the step needs, e.g. "only a PLANNED campaign can run" */
    public static CampaignStateException wrongState(String campaignId, CampaignState state, String rule) {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rule, "rule");
        return new CampaignStateException(campaignId, Reason.WRONG_STATE, state, campaignId + " is " + state + ", " + rule);
    }

    public String campaignId() {
        return campaignId;
    }

    public Reason reason() {
        return reason;
    }

    /** The campaign's state when the step was refused; empty when it does not exist. */
    public Optional<CampaignState> state() {
        return Optional.ofNullable(state);
    }
}
