package io.wxmass.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run left undone, said plainly: batches FAILED (certainly not sent), UNKNOWN or PARKED (may have gone
 * out; an operator settles them), DEFERRED past the run (no quota left in the window) or held for an
 * administrator. A run is complete only when none is; SUBMITTED batches still await their event.
 *
 * @param nextDeferred the earliest not-before of the deferred batches
 */
public record RunVerdict(int failed, int unknown, int parked, int deferred, int awaitingAdmin, int awaitingOutcome,
                         Optional<Instant> nextDeferred) {
    public RunVerdict {
        Objects.requireNonNull(nextDeferred, "nextDeferred");
    }

    public static RunVerdict of(CampaignTotals totals, List<Batch> batches) {
        Optional<Instant> next = batches.stream().filter(b -> b.state() == BatchState.DEFERRED).map(Batch::notBefore)
                .min(Instant::compareTo);
        return new RunVerdict(totals.batchesIn(BatchState.FAILED), totals.batchesIn(BatchState.UNKNOWN),
                totals.batchesIn(BatchState.PARKED), totals.batchesIn(BatchState.DEFERRED),
                totals.batchesIn(BatchState.AWAITING_ADMIN),
                totals.batchesIn(BatchState.SUBMITTED) + totals.batchesIn(BatchState.PLANNED)
                        + totals.batchesIn(BatchState.SENDING), next);
    }

    /** Nothing failed, unknown, parked, deferred or held: everything was submitted (or settled as sent). */
    public boolean complete() {
        return failed + unknown + parked + deferred + awaitingAdmin == 0;
    }

    /** One line, e.g. {@code incomplete: 4 deferred (next quota window 2026-03-03T16:00:00Z), 1 unknown}. */
    public String line() {
        if (complete()) {
            return awaitingOutcome == 0 ? "complete: every batch sent and settled"
                    : "complete: every batch submitted, " + awaitingOutcome + " awaiting the platform's outcome";
        }
        List<String> parts = new ArrayList<>();
        if (failed > 0) {
            parts.add(failed + " failed (certainly not sent)");
        }
        if (unknown > 0) {
            parts.add(unknown + " unknown (may have gone out: resolve them)");
        }
        if (parked > 0) {
            parts.add(parked + " parked (outcome unknown past 24 h: resolve them)");
        }
        if (deferred > 0) {
            parts.add(deferred + " deferred" + nextDeferred.map(at -> " (not before " + at + ", run again then)").orElse(""));
        }
        if (awaitingAdmin > 0) {
            parts.add(awaitingAdmin + " awaiting the administrator's confirmation");
        }
        return "incomplete: " + String.join(", ", parts);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("complete", complete());
        json.put("failed", failed);
        json.put("unknown", unknown);
        json.put("parked", parked);
        json.put("deferred", deferred);
        json.put("awaitingAdmin", awaitingAdmin);
        nextDeferred.ifPresent(at -> json.put("nextDeferred", at.toString()));
        json.put("line", line());
        return json;
    }
}
