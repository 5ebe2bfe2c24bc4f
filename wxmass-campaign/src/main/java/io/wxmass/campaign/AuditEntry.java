package io.wxmass.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One operator action in the audit log: who, what, when, and what it did.
 *
 * @param actor  {@link Actor#toString()}, e.g. {@code cli:alice} or {@code key:ops}
 * @param action the verb: create, preview, approve, pause, resume, cancel, retract, retry, resolve
 * @param detail what the action did, for people (counts, the outcome chosen)
 */
public record AuditEntry(Instant at, String actor, String action, String campaignId, OptionalInt batchNo,
                         Optional<String> detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(batchNo, "batchNo");
        Objects.requireNonNull(detail, "detail");
    }
}
