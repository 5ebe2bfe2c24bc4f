package io.wxmass.sandbox.delivery;

import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Which recipient positions of one job were delivered, and when, in primitives only: positions below
 * {@link #processed()} are done; the filtered ones (over the monthly cap) are set in a bit set; each
 * delivered stretch of positions carries one timestamp. About 1 bit per recipient, whatever the size.
 * Not thread-safe: {@link MassJob} guards it.
 */
final class DeliveryLog {
    private final BitSet filtered = new BitSet();
    private int processed;
    private int filteredCount;
    private int[] stretchEnds = new int[8];
    private long[] stretchMillis = new long[8];
    private int stretches;

    int processed() {
        return processed;
    }

    int filteredCount() {
        return filteredCount;
    }

    /** Records positions [processed, end) as handled at {@code at}, with {@code filteredHere} among them. */
    void append(int end, BitSet filteredHere, int filteredHereCount, int offset, Instant at) {
        if (end <= processed) {
            return;
        }
        for (int i = filteredHere.nextSetBit(0); i >= 0; i = filteredHere.nextSetBit(i + 1)) {
            filtered.set(offset + i);
        }
        filteredCount += filteredHereCount;
        if (stretches == stretchEnds.length) {
            stretchEnds = Arrays.copyOf(stretchEnds, stretches * 2);
            stretchMillis = Arrays.copyOf(stretchMillis, stretches * 2);
        }
        stretchEnds[stretches] = end;
        stretchMillis[stretches] = at.toEpochMilli();
        stretches++;
        processed = end;
    }

    /** When position {@code pos} was delivered, or null if it was not (yet) or was filtered. */
    Instant deliveredAt(int pos) {
        if (pos < 0 || pos >= processed || filtered.get(pos)) {
            return null;
        }
        // First stretch whose end lies beyond pos.
        int lo = 0;
        int hi = stretches - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (stretchEnds[mid] > pos) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Instant.ofEpochMilli(stretchMillis[lo]);
    }
}
