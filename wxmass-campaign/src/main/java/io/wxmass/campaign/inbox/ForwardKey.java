package io.wxmass.campaign.inbox;

import io.wxmass.core.error.InvalidRequestException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The secret that signs forwarded messages, so the operator's application can tell them from anyone's
 * POST. Read from a file or the environment, never from a command line (where {@code ps} shows it), and
 * never printed: {@link #toString()} is redacted.
 */
public final class ForwardKey {
    /** HMAC-SHA256 keys shorter than its output weaken it; 32 characters is the floor. */
    static final int MIN_LENGTH = 32;
    public static final String ENV = "WXMASS_FORWARD_KEY";

    private final byte[] bytes;

    private ForwardKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The key as text (its UTF-8 bytes sign); at least 32 characters, surrounding whitespace ignored. */
    public static ForwardKey of(String secret) {
        Objects.requireNonNull(secret, "secret");
        String key = secret.strip();
        if (key.length() < MIN_LENGTH) {
            throw new InvalidRequestException("forwardKey", "at least " + MIN_LENGTH + " characters (e.g. openssl rand -hex 32), was "
                    + key.length());
        }
        return new ForwardKey(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The first line of {@code file}. */
    public static ForwardKey fromFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return of(text.lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new InvalidRequestException("forwardKeyFile", "cannot read " + file + ": " + e.getClass().getSimpleName());
        }
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ForwardKey other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ForwardKey[redacted]";
    }
}
