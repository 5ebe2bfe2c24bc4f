package io.wxmass.sandbox.delivery;

import java.time.Instant;
import java.util.Objects;

/** One mass message as a follower received it: from which job, of which type, when. */
public record InboxEntry(long msgId, String msgType, Instant deliveredAt) {
    public InboxEntry {
        Objects.requireNonNull(msgType, "msgType");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
