package io.wxmass.sandbox.admin;

import io.wxmass.sandbox.server.PlatformRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * The bearer token the admin API asks for when one is configured ({@code --admin-token}). Without one the
 * admin API is open, which is right on 127.0.0.1 (the default) and wrong on a shared interface.
 */
public final class AdminToken {
    private final byte[] expected;

    private AdminToken(byte[] expected) {
        this.expected = expected;
    }

    public static AdminToken of(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new IllegalArgumentException("--admin-token: must not be blank");
        }
        return new AdminToken(("Bearer " + token).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the request carries {@code Authorization: Bearer <token>}; compared in constant time. */
    boolean admits(PlatformRequest request) {
        String given = request.header("authorization");
        return given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code candidate} is the token itself (the console's login form); compared in constant time. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(expected, ("Bearer " + candidate).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AdminToken[<redacted>]";
    }
}
