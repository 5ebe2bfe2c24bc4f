package io.wxmass.campaign;

/** The campaign as a whole; per-batch progress lives in {@link BatchState}. */
public enum CampaignState {
    /** Created, audience not yet frozen. */
    DRAFT,
    /** Audience frozen into batches; workers may send (from its schedule on). */
    PLANNED,
    /** An operator paused it: no batch is attempted until it is resumed (batches in flight finish). */
    PAUSED,
    /** An operator cancelled it: unsent batches will never be sent; nothing sent was deleted. */
    CANCELLED,
    /** Withdrawn: unsent batches cancelled, sent articles deleted where the platform allows. */
    RETRACTED
}
