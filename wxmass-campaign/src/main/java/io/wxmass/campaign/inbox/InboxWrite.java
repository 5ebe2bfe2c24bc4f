package io.wxmass.campaign.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One write the inbox's single writer commits together with others (group commit). */
sealed interface InboxWrite {

    /**
     * Store a message unless its dedupe key is stored already. {@code redeliverAt} is present when it is
     * to be forwarded: the earliest time the redelivery loop may take it, should the inline forward fail.
     */
    record Store(InboxMessage message, Optional<Instant> redeliverAt) implements InboxWrite {
        public Store {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(redeliverAt, "redeliverAt");
        }
    }

    /**
     * Another durable write of this process (a campaign event and its batch), run by the same writer thread
     * in its own transaction, so that in-process writers never wait on each other's database lock.
     */
    record Run(Runnable work) implements InboxWrite {
        public Run {
            Objects.requireNonNull(work, "work");
        }
    }

    /** The application took the message (answered 2xx): no redelivery. */
    record Delivered(String dedupeKey) implements InboxWrite {
        public Delivered {
            Objects.requireNonNull(dedupeKey, "dedupeKey");
        }
    }
}
