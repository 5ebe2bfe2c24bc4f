package io.wxmass.sandbox.push;

import java.time.Instant;
import java.util.Objects;

/**
 * One try at posting an event push, with what came back.
 *
 * @param msgId      the msg_id of a MASSSENDJOBFINISH push, the publish_id of a PUBLISHJOBFINISH one
 * @param attempt    1..3; 0 for a push the fault plan dropped (never posted)
 * @param httpStatus the receiver's status code, -1 when there was no answer
 * @param replyBody  the receiver's body, empty when there was none
 * @param outcome    one of the {@code OUTCOME_*} words, with detail after a colon for failures
 * @param sealedBody the body as posted (encrypted in safe mode), empty when nothing was posted
 * @param plainXml   the event's XML before sealing, empty when nothing was posted
 */
public record PushAttempt(long msgId, int attempt, Instant at, String url, int httpStatus, String replyBody,
                          String outcome, String sealedBody, String plainXml) {
    public static final String ACCEPTED = "accepted";
    public static final String TIMEOUT = "timeout";
    public static final String REJECTED = "rejected";
    public static final String FAILED = "failed";
    public static final String DROPPED = "dropped";

    public PushAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(replyBody, "replyBody");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(sealedBody, "sealedBody");
        Objects.requireNonNull(plainXml, "plainXml");
    }

    /** An attempt that posted nothing (dropped, or the request could not be built). */
    public PushAttempt(long msgId, int attempt, Instant at, String url, int httpStatus, String replyBody, String outcome) {
        this(msgId, attempt, at, url, httpStatus, replyBody, outcome, "", "");
    }

    public boolean accepted() {
        return ACCEPTED.equals(outcome);
    }
}
