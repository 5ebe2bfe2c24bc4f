package io.wxmass.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One entry of a batch's append-only attempt log: when, by which worker, what the platform answered and
 * what that meant.
 *
 * @param seq       position in the batch's log, from 1
 * @param attemptNo the batch's attempt counter when it was made (0 for a pre-send deferral that posted nothing)
 * @param requestId the platform's rid from the errmsg, where it gave one
 * @param answer    the answer as one line: errcode and errmsg, the msg_id, or what went wrong on the way
 */
public record Attempt(BatchKey key, int seq, int attemptNo, Instant at, String worker, SendOutcome outcome,
                      OptionalInt errcode, Optional<String> requestId, OptionalLong msgId, String answer) {
    public Attempt {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(errcode, "errcode");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(msgId, "msgId");
        Objects.requireNonNull(answer, "answer");
    }
}
