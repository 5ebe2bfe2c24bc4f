package io.wxmass.campaign.run;

/** What one attempt at a claimed batch ended in. */
public enum AttemptOutcome {
    /** The platform accepted the job (or already had it): msg_id recorded. */
    SUBMITTED,
    /** Refused for good: the batch is FAILED with the errcode. */
    REFUSED,
    /** Outcome unknown (timeout, -1, retry too fast): the batch stays SENDING and is tried again later. */
    RETRY_LATER,
    /** Outcome unknown past the resend window: PARKED for a person. */
    PARKED,
    /** Nothing done: the batch was cancelled or another worker holds it now. */
    SKIPPED
}
