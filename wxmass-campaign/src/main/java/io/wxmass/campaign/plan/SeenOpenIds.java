package io.wxmass.campaign.plan;

/**
 * Remembers which openids an audience already produced, in 16 bytes per openid instead of a
 * String each (a million openids fit in ~32 MB). Each openid is kept as a 128-bit fingerprint made
 * of two independently mixed 64-bit hashes, in an open-addressing table. For a million openids the
 * chance that two distinct ones share a fingerprint is around 2^-88: far below any hardware error
 * rate. Openids come from the platform, not from someone crafting collisions.
 */
final class SeenOpenIds {
    private static final int INITIAL_CAPACITY = 1 << 14;

    /** Slot i holds its fingerprint at 2i and 2i+1: one cache line per probe. */
    private long[] table = new long[2 * INITIAL_CAPACITY];
    private int size;

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
        if (h == 0 && l == 0) {
            l = 1; // (0, 0) marks an empty slot
        }
        if (size * 4 >= table.length) {
            grow();
        }
        if (insert(table, h, l)) {
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
    private static boolean insert(long[] t, long h, long l) {
        int mask = t.length / 2 - 1;
        int slot = (int) (l ^ (l >>> 32)) & mask;
        while (t[2 * slot] != 0 || t[2 * slot + 1] != 0) {
            if (t[2 * slot] == h && t[2 * slot + 1] == l) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        t[2 * slot] = h;
        t[2 * slot + 1] = l;
        return true;
    }

    private void grow() {
        long[] old = table;
        long[] bigger = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0 || old[i + 1] != 0) {
                insert(bigger, old[i], old[i + 1]);
            }
        }
        table = bigger;
    }
}
