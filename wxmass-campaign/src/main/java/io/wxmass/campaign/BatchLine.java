package io.wxmass.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One batch as {@code campaign batches} shows it.
 *
 * @param notBefore the batch is not attempted before this instant (a retry delay or a deferral); empty when due
 */
public record BatchLine(int batchNo, BatchState state, int recipients, OptionalLong msgId, OptionalInt errorCode,
                        int attempts, Optional<Instant> notBefore, Optional<String> settledBy) {
    public BatchLine {
        Objects.requireNonNull(state, "state");
    }
}
