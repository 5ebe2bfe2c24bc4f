package io.wxmass.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One frozen batch and where it stands. Openid batches hold up to 10,000 openids (read them with
 * {@code BatchStore.openIds}); tag and all-follower batches are a single sendall.
 *
 * @param kind           {@link AudienceKind#OPENIDS}, {@link AudienceKind#TAG} or {@link AudienceKind#ALL}
 * @param firstAttemptAt when the first attempt was committed: the start of the 24 h clientmsgid window
 * @param settledBy      what settled it: {@code event:<dedupe key>}, {@code poll}, {@code send} (refused) or a park reason
 * @param counts         the job's counts, once an event reported them
 * @param articleUrls    permanent article URLs from the event, in article order
 * @param notBefore      when a worker may attempt it next (a retry delay, or the next quota window when DEFERRED)
 * @param uncertainSince when an attempt first may have gone out unseen (a lost answer, a worker that died)
 * @param deferredFor    why a DEFERRED batch waits: {@code DAY} or {@code MONTH}
 * @param attemptOpen    an attempt was committed and its answer never recorded (in flight, or its worker died)
 */
public record Batch(BatchKey key, String clientMsgId, AudienceKind kind, OptionalLong tagId, int recipientCount,
                    BatchState state, int attempts, Optional<Instant> firstAttemptAt, Optional<String> leaseOwner,
                    Optional<Instant> leaseUntil, OptionalLong msgId, Optional<Instant> submittedAt,
                    Optional<Instant> settledAt, Optional<String> settledBy, Optional<String> statusText,
                    OptionalInt errorCode, Optional<String> errorMessage, Optional<JobCounts> counts,
                    OptionalInt checkState, List<String> articleUrls, Instant notBefore,
                    Optional<Instant> uncertainSince, Optional<String> deferredFor, boolean attemptOpen) {
    public Batch {
        Objects.requireNonNull(key, "key");
        articleUrls = List.copyOf(articleUrls);
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(uncertainSince, "uncertainSince");
        Objects.requireNonNull(deferredFor, "deferredFor");
    }

    /** Some attempt may have gone out without the store learning its answer: never FAILED, never re-sent past 24 h. */
    public boolean maybeSent() {
        return uncertainSince.isPresent() || attemptOpen;
    }
}
