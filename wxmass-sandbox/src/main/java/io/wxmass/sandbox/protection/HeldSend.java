package io.wxmass.sandbox.protection;

import io.wxmass.sandbox.delivery.JobSpec;

import java.time.Instant;
import java.util.Objects;

/** A send to all followers waiting for an admin's confirmation until {@code deadline}. */
public record HeldSend(JobSpec spec, Instant heldAt, Instant deadline) {
    public HeldSend {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(heldAt, "heldAt");
        Objects.requireNonNull(deadline, "deadline");
    }

    public long msgId() {
        return spec.msgId();
    }
}
