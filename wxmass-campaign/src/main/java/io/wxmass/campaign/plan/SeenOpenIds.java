package io.wxmass.campaign.plan;

/**
 * Remembers which openids an audience already produced, in 12 bytes per slot instead of a String each: each
 * openid is kept as a 96-bit fingerprint (a 64-bit and a 32-bit half of two independently mixed hashes) in an
 * open-addressing table filled up to 85%, so 10,000,000 openids fit in about 140 MB when the table is sized
 * for them up front ({@link #SeenOpenIds(long)}; growing costs the old and the new table at once). For ten
 * million openids the chance that two distinct ones share a fingerprint is around 2^-50: far below any
 * hardware error rate. Openids come from the platform, not from someone crafting collisions.
 */
final class SeenOpenIds {
    private static final int INITIAL_CAPACITY = 1 << 14;
    private static final double MAX_LOAD = 0.85;

    private long[] high;
    private int[] low;
    private int size;
    private int limit;

    SeenOpenIds() {
        this(0);
    }

    /** @param expected how many distinct openids to expect (a hint: more still fit, by growing) */
    SeenOpenIds(long expected) {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(INITIAL_CAPACITY, (long) (expected / MAX_LOAD) + 1));
        allocate(capacity);
    }

    /** Adds the openid; false if it was seen before. */
    boolean add(String openId) {
        long h = 0xcbf29ce484222325L;
        long l = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < openId.length(); i++) {
            char ch = openId.charAt(i);
            h = (h ^ ch) * 0x100000001b3L;
            l = Long.rotateLeft(l + ch * 0xC2B2AE3D27D4EB4FL, 31) * 0x87C37B91114253D5L;
        }
        h = mix(h ^ openId.length());
        l = mix(l ^ h);
        int lo = (int) (l ^ (l >>> 32));
        if (h == 0 && lo == 0) {
            lo = 1; // (0, 0) marks an empty slot
        }
        if (size >= limit) {
            grow();
        }
        if (insert(high, low, h, lo)) {
            size++;
            return true;
        }
        return false;
    }

    int size() {
        return size;
    }

    /** MurmurHash3's finaliser: every input bit affects every output bit. */
    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** The home slot, from the stored 64-bit half (so growth can place it again), spread over any capacity. */
    private static int home(long h, int capacity) {
        return (int) ((h >>> 32) * capacity >>> 32);
    }

    private static boolean insert(long[] hs, int[] ls, long h, int lo) {
        int capacity = hs.length;
        int slot = home(h, capacity);
        while (hs[slot] != 0 || ls[slot] != 0) {
            if (hs[slot] == h && ls[slot] == lo) {
                return false;
            }
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        hs[slot] = h;
        ls[slot] = lo;
        return true;
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new int[capacity];
        limit = (int) (capacity * MAX_LOAD);
    }

    /** Doubles the table (for a while both are alive: size it up front where the count is known). */
    private void grow() {
        long[] oldHigh = high;
        int[] oldLow = low;
        allocate((int) Math.min(Integer.MAX_VALUE - 8, (long) oldHigh.length * 2));
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                insert(high, low, oldHigh[i], oldLow[i]);
            }
        }
    }
}
