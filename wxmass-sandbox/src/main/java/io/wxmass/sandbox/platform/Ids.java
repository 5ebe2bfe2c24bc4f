package io.wxmass.sandbox.platform;

import java.security.SecureRandom;

/** Random identifiers shaped like the platform's (tokens, media ids, request ids). */
public final class Ids {
    private static final String URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** {@code length} characters of [A-Za-z0-9-_]; unguessable, because tokens are credentials. */
    public static String urlSafe(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = URL_SAFE.charAt(RANDOM.nextInt(64));
        }
        return new String(out);
    }

    /** {@code length} lower-case hex digits. */
    public static String hex(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = Character.forDigit(RANDOM.nextInt(16), 16);
        }
        return new String(out);
    }

    /** The trace id the platform appends to errmsg, e.g. {@code 64ffdf3b-25c2606d-7d6d6392}. */
    public static String rid() {
        return hex(8) + "-" + hex(8) + "-" + hex(8);
    }
}
