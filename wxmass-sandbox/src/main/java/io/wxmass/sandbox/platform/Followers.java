package io.wxmass.sandbox.platform;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Compact follower set of one account: openids are derived from an index (so 10M fit in memory),
 * and the per-month receive counters live in primitive chunks that never move when the set grows.
 */
public final class Followers {
    /** The platform's per-follower cap on mass messages in a natural month (docs/platform.md §2.1). */
    public static final int MONTHLY_CAP = 4;
    /** The most followers an account may have: what the benchmarks show fits in memory (BENCHMARKS.md). */
    public static final int MAX_SIZE = 10_000_000;
    /** Every openid's length, in characters and in (ASCII) bytes. */
    public static final int OPENID_LENGTH = 28;
    private static final int PREFIX_LENGTH = 6;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final byte[] ALPHABET_BYTES = ALPHABET.getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK_BITS = 16;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int MAX_CHUNKS = Integer.MAX_VALUE / CHUNK + 1;
    // An odd multiplier is a bijection on 32-bit ints; it makes consecutive indexes look unrelated.
    private static final int SCRAMBLE = 0x9E3779B1;
    private static final int UNSCRAMBLE = inverse(SCRAMBLE);

    private final String prefix;
    private final byte[] prefixBytes;
    private final long salt;
    private final AtomicInteger size;
    private final Map<YearMonth, AtomicReferenceArray<AtomicIntegerArray>> received = new ConcurrentHashMap<>();

    private Followers(String appId, int size) {
        long h = 1125899906842597L;
        for (byte b : appId.getBytes(StandardCharsets.UTF_8)) {
            h = 31 * h + b;
        }
        this.salt = mix(h);
        StringBuilder p = new StringBuilder("o");
        for (int i = 0; i < 5; i++) {
            p.append(ALPHABET.charAt((int) ((salt >>> (6 * i)) & 63)));
        }
        this.prefix = p.toString();
        this.prefixBytes = prefix.getBytes(StandardCharsets.US_ASCII);
        this.size = new AtomicInteger(size);
    }

    /** {@code size} followers of the account {@code appId}; the same inputs always give the same openids. */
    public static Followers of(String appId, int size) {
        Objects.requireNonNull(appId, "appId");
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("followers: must be 0 to " + MAX_SIZE + ", was " + size);
        }
        return new Followers(appId, size);
    }

    public int size() {
        return size.get();
    }

    /** Adds {@code count} new followers and returns the index of the first one. */
    public int grow(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count: must be >= 0");
        }
        while (true) {
            int now = size.get();
            if (count > MAX_SIZE - now) { // never past the cap, never wrapped to a negative size
                throw new IllegalArgumentException("count: an account has at most " + MAX_SIZE + " followers, it has " + now);
            }
            if (size.compareAndSet(now, now + count)) {
                return now;
            }
        }
    }

    /** Deterministic, openid-like: 'o', five characters of the account, 22 characters of the index. */
    public String openId(int index) {
        byte[] out = new byte[OPENID_LENGTH];
        writeOpenId(index, out, 0);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes {@link #openId(int) openId(index)} as {@value #OPENID_LENGTH} ASCII bytes at {@code out[at]}: a
     * follower page of 10,000 is written straight from here, with no String per follower. Every byte is one
     * of the base64url alphabet, so JSON, XML and URLs take it as it is.
     */
    public void writeOpenId(int index, byte[] out, int at) {
        Objects.checkIndex(index, size());
        Objects.checkFromIndexSize(at, OPENID_LENGTH, out.length);
        System.arraycopy(prefixBytes, 0, out, at, PREFIX_LENGTH);
        int scrambled = (index * SCRAMBLE) ^ (int) salt;
        for (int i = 0; i < 6; i++) {
            out[at + 6 + i] = ALPHABET_BYTES[(scrambled >>> (6 * i)) & 63];
        }
        long check = mix(salt ^ (scrambled & 0xFFFFFFFFL) ^ 0x5DEECE66DL);
        for (int i = 12; i < OPENID_LENGTH; i++) {
            out[at + i] = ALPHABET_BYTES[(int) (check & 63)];
            check = (i % 10 == 0) ? mix(check) : check >>> 6;
        }
    }

    /** The follower's index, or -1 if {@code openId} does not follow this account. */
    public int indexOf(String openId) {
        if (openId == null || openId.length() != OPENID_LENGTH || !openId.startsWith(prefix)) {
            return -1;
        }
        int scrambled = 0;
        for (int i = 0; i < 6; i++) {
            int v = ALPHABET.indexOf(openId.charAt(6 + i));
            if (v < 0) {
                return -1;
            }
            scrambled |= v << (6 * i);
        }
        int index = (scrambled ^ (int) salt) * UNSCRAMBLE;
        if (index < 0 || index >= size()) {
            return -1;
        }
        return openId(index).equals(openId) ? index : -1;
    }

    /** A deterministic WeChat ID (微信号) of the follower, the target of preview's {@code towxname}. */
    public String wxName(int index) {
        return "wxid_" + openId(index).substring(1);
    }

    /** The index of the follower with WeChat ID {@code wxName}, or -1. */
    public int indexOfWxName(String wxName) {
        return wxName != null && wxName.startsWith("wxid_") ? indexOf("o" + wxName.substring(5)) : -1;
    }

    /**
     * Counts one received mass message for this natural month; false (and no count) if the follower
     * already got {@link #MONTHLY_CAP} this month. Thread-safe.
     */
    public boolean tryReceive(int index, YearMonth month) {
        Objects.checkIndex(index, size());
        AtomicIntegerArray chunk = chunk(month, index >>> CHUNK_BITS);
        int slot = index & (CHUNK - 1);
        while (true) {
            int n = chunk.get(slot);
            if (n >= MONTHLY_CAP) {
                return false;
            }
            if (chunk.compareAndSet(slot, n, n + 1)) {
                return true;
            }
        }
    }

    /** How many mass messages the follower received in {@code month}. */
    public int receivedIn(int index, YearMonth month) {
        Objects.checkIndex(index, size());
        AtomicReferenceArray<AtomicIntegerArray> chunks = received.get(month);
        AtomicIntegerArray chunk = chunks == null ? null : chunks.get(index >>> CHUNK_BITS);
        return chunk == null ? 0 : chunk.get(index & (CHUNK - 1));
    }

    private AtomicIntegerArray chunk(YearMonth month, int chunkIndex) {
        AtomicReferenceArray<AtomicIntegerArray> chunks =
                received.computeIfAbsent(month, m -> new AtomicReferenceArray<>(MAX_CHUNKS));
        AtomicIntegerArray chunk = chunks.get(chunkIndex);
        if (chunk == null) {
            chunks.compareAndSet(chunkIndex, null, new AtomicIntegerArray(CHUNK));
            chunk = chunks.get(chunkIndex);
        }
        return chunk;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int inverse(int odd) {
        int x = odd;
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;   // Newton's iteration for the inverse modulo 2^32
        }
        return x;
    }

    @Override
    public String toString() {
        return "Followers[" + prefix + "..., size=" + size() + "]";
    }
}
