package io.wxmass.campaign.auth;

import java.util.Objects;

/**
 * A key just created: the only time its secret exists outside the caller's hands. Show it once and
 * drop it; {@link #toString()} never prints it.
 */
public record IssuedKey(ApiKey key, String secret) {
    public IssuedKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedKey[" + key.name() + ", secret=redacted]";
    }
}
