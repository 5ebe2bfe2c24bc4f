package io.wxmass.campaign;

/**
 * Where one batch of a campaign stands. The only way forward from {@link #PLANNED} is through
 * {@link #SENDING}, committed before the HTTP call, so a crash leaves a trace that says "maybe sent".
 */
public enum BatchState {
    /** Frozen, not yet attempted. */
    PLANNED,
    /** An attempt was (or is being) made and its outcome is not known yet. */
    SENDING,
    /** The platform accepted the job: msg_id known, outcome pending. */
    SUBMITTED,
    /** Settled by a MASSSENDJOBFINISH event or by mass/get: the job completed. */
    FINISHED,
    /** Refused by the platform, or the job failed. */
    FAILED,
    /** Outcome unknown and the 24 h clientmsgid window is over: a person must decide. */
    PARKED,
    /** Retracted before it was ever attempted. */
    CANCELLED;

    /** No worker will touch the batch again. */
    public boolean isSettled() {
        return this == FINISHED || this == FAILED || this == PARKED || this == CANCELLED;
    }
}
