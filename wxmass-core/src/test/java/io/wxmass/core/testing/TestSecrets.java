package io.wxmass.core.testing;

import java.util.List;

/**
 * The secret values core's fixtures use, in one place, so the log-hygiene test knows exactly what
 * must never appear in a log line or an exception text. Use these (not ad-hoc literals) for any
 * app secret, access token, callback token or EncodingAESKey in a core test.
 */
public final class TestSecrets {
    public static final String APP_ID = "wx5f3c9e8a7b6d4c21";
    public static final String APP_SECRET = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
    /** Tokens a scripted platform hands out, in order of issue. */
    public static final String ACCESS_TOKEN = "ACCESSTOKEN-one-7Qz3k9LmX2vB8nR4tY6wE1";
    public static final String ACCESS_TOKEN_2 = "ACCESSTOKEN-two-Hc5Jd8Kf2Lg4Mh6Nj9Pq3R";
    public static final String ACCESS_TOKEN_3 = "ACCESSTOKEN-three-Vb7Wc2Xd5Ye8Zf1Ag4Bh6";
    public static final String CALLBACK_TOKEN = "cbTokenR7p2XqL9mZ4";
    /** 43 characters of [a-zA-Z0-9], as the platform issues them. */
    public static final String ENCODING_AES_KEY = "kWxPqT4mZr8NcV2bHs6YdJ0fLg3uAe9iOq5wXn7tRy1";

    private TestSecrets() {
    }

    /** Every value above that must stay out of logs, exception messages and toString(). */
    public static List<String> all() {
        return List.of(APP_SECRET, ACCESS_TOKEN, ACCESS_TOKEN_2, ACCESS_TOKEN_3, CALLBACK_TOKEN, ENCODING_AES_KEY);
    }

    /** A platform answer issuing {@code token} for two hours. */
    public static String tokenAnswer(String token) {
        return "{\"access_token\":\"" + token + "\",\"expires_in\":7200}";
    }
}
