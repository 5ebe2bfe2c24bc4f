package io.wxmass.campaign;

/** The campaign as a whole; per-batch progress lives in {@link BatchState}. */
public enum CampaignState {
    /** Created, audience not yet frozen. */
    DRAFT,
    /** Audience frozen into batches; workers may send (from its schedule on). */
    PLANNED,
    /** Withdrawn: unsent batches cancelled, sent articles deleted where the platform allows. */
    RETRACTED
}
