package io.wxmass.campaign.plan;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.Audience;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Cuts a stream of openids into batches of at most {@value Audience.OpenIds#MAX}, dropping repeats,
 * and hands each finished batch on while holding at most two in memory. The platform refuses a
 * list of one (40130), so a lone openid left at the end borrows one from the batch before it.
 */
final class BatchSplitter {
    private final int maxBatch;
    private final BatchConsumer consumer;
    private final SeenOpenIds seen;
    private List<String> held;
    private List<String> current = new ArrayList<>();
    private long accepted;
    private long duplicates;

    /** Where finished batches go. */
    @FunctionalInterface
    interface BatchConsumer {
        void accept(List<String> batch) throws Exception;
    }

    BatchSplitter(int maxBatch, BatchConsumer consumer) {
        this(maxBatch, consumer, 0);
    }

    /** @param expected how many openids the source is likely to give, to size the duplicate check once */
    BatchSplitter(int maxBatch, BatchConsumer consumer, long expected) {
        if (maxBatch < Audience.OpenIds.MIN || maxBatch > Audience.OpenIds.MAX) {
            throw new IllegalArgumentException("batch size must be " + Audience.OpenIds.MIN + " to " + Audience.OpenIds.MAX);
        }
        this.maxBatch = maxBatch;
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.seen = new SeenOpenIds(expected);
    }

    /** Adds one openid as read from the source; source and index name its place in error messages. */
    void add(String raw, String source, long index) throws Exception {
        String openId = OpenIdRule.check(raw, source, index);
        if (!seen.add(openId)) {
            duplicates++;
            return;
        }
        accepted++;
        if (current.size() == maxBatch) {
            flushHeld();
            held = current;
            current = new ArrayList<>();
        }
        current.add(openId);
        if (current.size() >= Audience.OpenIds.MIN) {
            flushHeld();
        }
    }

    /** Writes what is left; an audience of fewer than two distinct openids cannot be sent by openid. */
    void finish() throws Exception {
        if (accepted < Audience.OpenIds.MIN) {
            throw new InvalidRequestException("audience",
                    "needs at least " + Audience.OpenIds.MIN + " distinct openids, got " + accepted);
        }
        if (current.size() == 1 && held != null) {
            current.add(0, held.remove(held.size() - 1));
        }
        flushHeld();
        if (!current.isEmpty()) {
            consumer.accept(current);
            current = new ArrayList<>();
        }
    }

    long accepted() {
        return accepted;
    }

    long duplicates() {
        return duplicates;
    }

    private void flushHeld() throws Exception {
        if (held != null) {
            consumer.accept(held);
            held = null;
        }
    }
}
