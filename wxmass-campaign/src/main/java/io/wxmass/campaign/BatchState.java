package io.wxmass.campaign;

/**
 * Where one batch of a campaign stands. The only way forward from {@link #PLANNED} is through
 * {@link #SENDING}, committed before the HTTP call, so a crash leaves a trace that says "maybe sent".
 *
 * <p>{@link #FAILED} means certainly not sent, and only that: a batch that may have gone out goes to
 * {@link #UNKNOWN} (or {@link #PARKED}) instead, until an event, mass/get or an operator settles it.
 */
public enum BatchState {
    /** Frozen, not yet attempted. */
    PLANNED,
    /** An attempt was (or is being) made and its outcome is not known yet; tried again with the same clientmsgid. */
    SENDING,
    /** Waits for the next quota window (the day's sendall+send calls, or the month's history quota): not before its time. */
    DEFERRED,
    /** The account has mass-send protection on: an administrator must confirm the send (89501-89505). */
    AWAITING_ADMIN,
    /** The platform accepted the job: msg_id known, outcome pending. */
    SUBMITTED,
    /** Settled by a MASSSENDJOBFINISH event or by mass/get: the job completed. */
    FINISHED,
    /** Certainly not sent: refused before any attempt could have gone out, or the job failed on the platform. */
    FAILED,
    /** May have gone out (a refusal after a lost answer, 45065 without a msg_id): an operator or an event settles it. */
    UNKNOWN,
    /**
     * Outcome unknown and no worker will post it again: its 24 h clientmsgid window is over, or its campaign was
     * cancelled or retracted while it may have gone out (an uncertain DEFERRED, an AWAITING_ADMIN whose administrator
     * may still confirm, an attempt that never answered). Never FAILED by that: a msg_id learnt late still makes it
     * SUBMITTED (then its event or mass/get settles it), or an operator resolves it with the evidence.
     */
    PARKED,
    /** Cancelled or retracted, and certainly never sent: never attempted, or every answer said "not sent". */
    CANCELLED;

    /** No worker will touch the batch again. */
    public boolean isSettled() {
        return this == FINISHED || this == FAILED || this == UNKNOWN || this == PARKED || this == CANCELLED;
    }

    /** A worker will still attempt it (now, after a delay, or in a later quota window). */
    public boolean isPending() {
        return this == PLANNED || this == SENDING || this == DEFERRED || this == AWAITING_ADMIN;
    }

    /** May have reached followers but nobody knows: never FAILED, never re-sent blindly. */
    public boolean isUncertain() {
        return this == UNKNOWN || this == PARKED;
    }
}
