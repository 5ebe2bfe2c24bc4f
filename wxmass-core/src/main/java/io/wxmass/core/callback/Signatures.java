package io.wxmass.core.callback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The platform's push signature (docs/platform.md §5.1, 5.3): lower-case hex SHA-1 over the lexicographically sorted
 * parts, concatenated. Used for {@code signature} (token, timestamp, nonce) and {@code msg_signature}
 * (token, timestamp, nonce, Encrypt).
 */
public final class Signatures {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Signatures() {
    }

    public static String sign(String... parts) {
        Objects.requireNonNull(parts, "parts");
        String[] sorted = parts.clone();
        for (int i = 0; i < sorted.length; i++) {
            Objects.requireNonNull(sorted[i], "parts[" + i + "]");
        }
        // String.compareTo is the UTF-16 lexicographic order the official samples use (Arrays.sort).
        Arrays.sort(sorted);
        MessageDigest sha1 = sha1();
        for (String part : sorted) {
            sha1.update(part.getBytes(StandardCharsets.UTF_8));
        }
        return hex(sha1.digest());
    }

    /**
     * Whether {@code expected} is the signature of {@code parts}. Constant time in the content of
     * {@code expected}, so a forger learns nothing from how long a refusal took.
     */
    public static boolean matches(String expected, String... parts) {
        if (expected == null) {
            return false;
        }
        byte[] actual = sign(parts).getBytes(StandardCharsets.US_ASCII);
        // Platforms are not known to send upper case hex, but accepting it costs nothing.
        byte[] given = expected.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(actual, given);
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-1", e);
        }
    }
}
