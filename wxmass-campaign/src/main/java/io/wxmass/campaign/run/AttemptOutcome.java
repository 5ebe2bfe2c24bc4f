package io.wxmass.campaign.run;

/** What one attempt at a claimed batch ended in. */
public enum AttemptOutcome {
    /** The platform accepted the job (or already had it): msg_id recorded. */
    SUBMITTED,
    /** Certainly not sent, for good: the batch is FAILED with the errcode. */
    REFUSED,
    /** Not settled (a lost answer, -1, the minute's quota, 45066): the batch stays SENDING and is tried again later. */
    RETRY_LATER,
    /** No quota left in this window (the day's calls, the month's history quota): the batch is DEFERRED. */
    DEFERRED,
    /** Held by the account's mass-send protection for an administrator. */
    AWAITING_ADMIN,
    /** May have gone out and the answer cannot tell: the batch is UNKNOWN until an event or an operator settles it. */
    UNKNOWN,
    /** Outcome unknown past the resend window: PARKED for a person. */
    PARKED,
    /** Nothing done: the batch was cancelled or another worker holds it now. */
    SKIPPED
}
