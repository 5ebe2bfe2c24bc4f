package io.wxmass.core.callback;

import io.wxmass.core.error.InvalidRequestException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 32-byte AES key behind an EncodingAESKey (docs/platform.md §5.3). The IV is the key's first 16 bytes, as the
 * platform fixes it. {@link #toString()} never shows the key.
 */
public final class AesKey {
    private static final Pattern ENCODING_AES_KEY = Pattern.compile("[A-Za-z0-9]{43}");

    private final byte[] bytes;
    private final SecretKeySpec secretKey;
    private final IvParameterSpec iv;

    private AesKey(byte[] bytes) {
        this.bytes = bytes;
        this.secretKey = new SecretKeySpec(bytes, "AES");
        this.iv = new IvParameterSpec(bytes, 0, 16);
    }

    /**
     * Reads the 43-character EncodingAESKey from the account settings. Decoding is lenient about the
     * unused trailing bits of the last character, like the platform's own Java sample (commons-codec):
     * many real keys, and the platform documentation's sample key, have them set.
     */
    public static AesKey fromEncodingAesKey(String encodingAesKey) {
        Objects.requireNonNull(encodingAesKey, "encodingAesKey");
        if (!ENCODING_AES_KEY.matcher(encodingAesKey).matches()) {
            throw new InvalidRequestException("encodingAesKey", "must be exactly 43 characters from [A-Za-z0-9]");
        }
        // java.util.Base64 ignores non-zero trailing bits, which is the leniency needed here.
        return new AesKey(Base64.getDecoder().decode(encodingAesKey + "="));
    }

    /** For tests and tools that hold raw key bytes; must be 32 bytes. */
    public static AesKey ofBytes(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != 32) {
            throw new InvalidRequestException("key", "must be 32 bytes");
        }
        return new AesKey(key.clone());
    }

    /** A copy of the raw key. */
    public byte[] bytes() {
        return bytes.clone();
    }

    SecretKeySpec secretKey() {
        return secretKey;
    }

    IvParameterSpec iv() {
        return iv;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AesKey other && java.security.MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "AesKey[redacted]";
    }
}
