package io.wxmass.campaign;

/**
 * What one answer to a send means for its batch: the outcome classes, instead of retryable-or-not.
 */
public enum SendOutcome {
    /** Accepted (or already there, 45065 with its msg_id): the batch has a msg_id. */
    ACCEPTED,
    /** Certainly not accepted, and the same request may go again soon: -1, 45009 of the minute, 45011. */
    RETRY_NOW,
    /** Certainly not accepted until the next quota window: 45009 of the day, 45028 (the month's history quota). */
    DEFER,
    /** Certainly not sent, and re-sending would not change that: 40003, 40007 on a first attempt, ... */
    PERMANENT,
    /**
     * May have been sent: a timeout, a cut answer, a worker that died mid-attempt, 45065 without a msg_id, and any
     * refusal that follows such an attempt (the refusal may answer a re-post of a job that went out).
     */
    UNCERTAIN,
    /** The account's mass-send protection holds the send for an administrator (89501-89505). */
    WAITING_FOR_ADMIN
}
