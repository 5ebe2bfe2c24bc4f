package io.wxmass.sandbox.delivery;

import java.util.Arrays;
import java.util.Objects;

/**
 * The follower indices a job delivers to, as positions 0..size-1. Held as primitives so a job to
 * millions of followers costs a few bytes per follower at most (none for {@link #all}).
 */
public interface Recipients {

    int size();

    /** The follower index at position {@code i} (0 ≤ i &lt; size). */
    int followerIndex(int i);

    /** The position of {@code followerIndex} in this set, or -1 if it is not a recipient. */
    int positionOf(int followerIndex);

    /** Every follower 0..followerCount-1 (is_to_all). */
    static Recipients all(int followerCount) {
        if (followerCount < 0) {
            throw new IllegalArgumentException("followerCount must not be negative");
        }
        return new All(followerCount);
    }

    /** The given followers; duplicates collapse so each follower gets one copy. */
    static Recipients of(int[] followerIndices) {
        Objects.requireNonNull(followerIndices, "followerIndices");
        int[] sorted = Arrays.stream(followerIndices).sorted().distinct().toArray();
        if (sorted.length > 0 && sorted[0] < 0) {
            throw new IllegalArgumentException("follower indices must not be negative");
        }
        return new Listed(sorted);
    }

    /** Positions are the follower indices themselves. */
    record All(int size) implements Recipients {
        @Override
        public int followerIndex(int i) {
            return Objects.checkIndex(i, size);
        }

        @Override
        public int positionOf(int followerIndex) {
            return followerIndex >= 0 && followerIndex < size ? followerIndex : -1;
        }
    }

    /** Sorted, distinct indices; binary search finds a follower's position. */
    final class Listed implements Recipients {
        private final int[] sorted;

        private Listed(int[] sorted) {
            this.sorted = sorted;
        }

        @Override
        public int size() {
            return sorted.length;
        }

        @Override
        public int followerIndex(int i) {
            return sorted[Objects.checkIndex(i, sorted.length)];
        }

        @Override
        public int positionOf(int followerIndex) {
            int pos = Arrays.binarySearch(sorted, followerIndex);
            return pos >= 0 ? pos : -1;
        }

        @Override
        public String toString() {
            return "Recipients.Listed[" + sorted.length + "]";
        }
    }
}
