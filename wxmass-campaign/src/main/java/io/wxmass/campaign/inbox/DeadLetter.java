package io.wxmass.campaign.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message the operator's application never took within {@link GiveUp}'s bound: kept, not retried, until the
 * operator requeues it. Names the push (its dedupe key, type and sender), never its content.
 */
public record DeadLetter(String dedupeKey, String msgType, Optional<String> event, String fromUser, Instant receivedAt,
                         int attempts) {
    public DeadLetter {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(msgType, "msgType");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
