package io.wxmass.campaign.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Remembers which openids an audience already produced, in 16 bytes per openid instead of a
 * String each (a million openids fit in ~32 MB). Each openid is kept as its 128-bit MD5 digest
 * in an open-addressing table; two distinct openids share a digest with a probability around
 * 2^-90 for a million openids, far below any hardware error rate, and openids come from the
 * platform, not from someone able to craft collisions.
 */
final class SeenOpenIds {
    private static final int INITIAL_CAPACITY = 1 << 14;

    private final MessageDigest md5;
    private long[] high = new long[INITIAL_CAPACITY];
    private long[] low = new long[INITIAL_CAPACITY];
    private int size;

    SeenOpenIds() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JDK", e);
        }
    }

    /** Adds the openid; false if it was seen before. */
    boolean add(String openId) {
        byte[] d = md5.digest(openId.getBytes(StandardCharsets.UTF_8));
        long h = toLong(d, 0);
        long l = toLong(d, 8);
        if (h == 0 && l == 0) {
            l = 1; // (0, 0) marks an empty slot
        }
        if (size * 2 >= high.length) {
            grow();
        }
        return insert(high, low, h, l);
    }

    int size() {
        return size;
    }

    private boolean insert(long[] hs, long[] ls, long h, long l) {
        int mask = hs.length - 1;
        int slot = (int) (l ^ (l >>> 32)) & mask;
        while (hs[slot] != 0 || ls[slot] != 0) {
            if (hs[slot] == h && ls[slot] == l) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        hs[slot] = h;
        ls[slot] = l;
        if (hs == high) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        long[] newHigh = new long[oldHigh.length * 2];
        long[] newLow = new long[oldLow.length * 2];
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                insert(newHigh, newLow, oldHigh[i], oldLow[i]);
            }
        }
        high = newHigh;
        low = newLow;
    }

    private static long toLong(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xff);
        }
        return value;
    }
}
