package io.wxmass.core.callback;

import io.wxmass.core.callback.CallbackException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;

/**
 * The safe-mode codec (docs/platform.md §5.3): AES-256-CBC, IV = first 16 key bytes, PKCS#7 with a 32-byte block,
 * plaintext {@code random(16) | length(4, big-endian) | xml | appid}.
 *
 * <p>Decryption is strict (base64, block length, padding 1..32 with every pad byte equal, length field,
 * appid) and supports key rotation: the current key is tried first, then the previous one.
 * {@link #open(String)} tells which key worked so the reply is sealed with the same one. Thread-safe.
 */
public final class MessageCrypto {
    private static final int BLOCK = 32;
    private static final int RANDOM_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String appId;
    private final byte[] appIdBytes;
    private final AesKey current;
    private final AesKey previous;

    public MessageCrypto(String appId, AesKey current) {
        this(appId, current, null);
    }

    /** @param previous the key before the last rotation, or null */
    public MessageCrypto(String appId, AesKey current, AesKey previous) {
        this.appId = Objects.requireNonNull(appId, "appId");
        this.appIdBytes = appId.getBytes(StandardCharsets.UTF_8);
        this.current = Objects.requireNonNull(current, "current");
        this.previous = previous;
    }

    /** The plaintext of a push and the key that opened it. */
    public record Opened(String xml, AesKey key) {
        public Opened {
            Objects.requireNonNull(xml, "xml");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public String toString() {
            return "Opened[" + xml.length() + " chars]";
        }
    }

    public String appId() {
        return appId;
    }

    public AesKey currentKey() {
        return current;
    }

    /** Encrypts with the current key and a fresh random prefix. */
    public String encrypt(String xml) {
        byte[] random = new byte[RANDOM_LENGTH];
        RANDOM.nextBytes(random);
        return encrypt(xml, random, current);
    }

    /** Encrypts with the current key and the given 16-byte prefix (known-answer tests, sandbox replays). */
    public String encrypt(String xml, byte[] random16) {
        return encrypt(xml, random16, current);
    }

    /** Encrypts with {@code key}, typically the one {@link #open(String)} reported, for the reply. */
    public String encrypt(String xml, byte[] random16, AesKey key) {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(random16, "random16");
        Objects.requireNonNull(key, "key");
        if (random16.length != RANDOM_LENGTH) {
            throw new IllegalArgumentException("random16 must be 16 bytes");
        }
        byte[] msg = xml.getBytes(StandardCharsets.UTF_8);
        int plain = RANDOM_LENGTH + 4 + msg.length + appIdBytes.length;
        int pad = BLOCK - (plain % BLOCK);
        ByteBuffer buf = ByteBuffer.allocate(plain + pad);
        buf.put(random16).putInt(msg.length).put(msg).put(appIdBytes);
        for (int i = 0; i < pad; i++) {
            buf.put((byte) pad);
        }
        return Base64.getEncoder().encodeToString(run(Cipher.ENCRYPT_MODE, key, buf.array()));
    }

    /** The XML inside {@code base64}; the key that worked is not reported (see {@link #open(String)}). */
    public String decrypt(String base64) {
        return open(base64).xml();
    }

    /** Decrypts with the current key, then the previous; refuses with the current key's reason if both fail. */
    public Opened open(String base64) {
        Objects.requireNonNull(base64, "base64");
        byte[] cipherText = decodeBase64(base64);
        try {
            return new Opened(openWith(current, cipherText), current);
        } catch (CallbackException first) {
            if (previous == null) {
                throw first;
            }
            try {
                return new Opened(openWith(previous, cipherText), previous);
            } catch (CallbackException ignored) {
                throw first;
            }
        }
    }

    private static byte[] decodeBase64(String base64) {
        if (base64.isEmpty()) {
            throw new CallbackException(Reason.BAD_LENGTH, "Encrypt is empty");
        }
        // The platform always pads; java.util.Base64 alone would accept a truncated, unpadded tail.
        if (base64.length() % 4 != 0) {
            throw new CallbackException(Reason.BAD_BASE64, "Encrypt is not padded base64");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new CallbackException(Reason.BAD_BASE64, "Encrypt is not valid base64");
        }
    }

    private String openWith(AesKey key, byte[] cipherText) {
        if (cipherText.length == 0 || cipherText.length % 16 != 0) {
            throw new CallbackException(Reason.BAD_LENGTH, "ciphertext is not a whole number of AES blocks");
        }
        byte[] plain = run(Cipher.DECRYPT_MODE, key, cipherText);
        int pad = plain[plain.length - 1] & 0xFF;
        if (pad < 1 || pad > BLOCK || pad > plain.length) {
            throw new CallbackException(Reason.BAD_PADDING, "padding value out of 1..32");
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xFF) != pad) {
                throw new CallbackException(Reason.BAD_PADDING, "padding bytes differ");
            }
        }
        int content = plain.length - pad;
        if (content < RANDOM_LENGTH + 4) {
            throw new CallbackException(Reason.BAD_LENGTH, "plaintext shorter than random prefix and length");
        }
        int msgLength = ByteBuffer.wrap(plain, RANDOM_LENGTH, 4).getInt();
        int msgStart = RANDOM_LENGTH + 4;
        if (msgLength < 0 || msgLength > content - msgStart) {
            throw new CallbackException(Reason.BAD_LENGTH, "length field exceeds the plaintext");
        }
        int appStart = msgStart + msgLength;
        byte[] receivedAppId = Arrays.copyOfRange(plain, appStart, content);
        if (!MessageDigest.isEqual(receivedAppId, appIdBytes)) {
            throw new CallbackException(Reason.WRONG_APPID, "message is for another appid");
        }
        return new String(plain, msgStart, msgLength, StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, AesKey key, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(mode, key.secretKey(), key.iv());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            // Only reachable on a JDK without AES/CBC, or with input lengths checked above.
            throw new IllegalStateException("AES/CBC/NoPadding unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "MessageCrypto[appId=" + appId + ", previousKey=" + (previous != null) + "]";
    }
}
