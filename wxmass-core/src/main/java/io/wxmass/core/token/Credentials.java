package io.wxmass.core.token;

import java.util.Objects;

/**
 * An account's AppID and AppSecret. {@link #toString()} never shows the secret, so a credentials
 * object can end up in a log line or an exception without leaking it.
 */
public record Credentials(String appId, String appSecret) {
    public Credentials {
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(appSecret, "appSecret");
        if (appId.isBlank()) {
            throw new IllegalArgumentException("appId must not be blank");
        }
        if (appSecret.isBlank()) {
            throw new IllegalArgumentException("appSecret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "Credentials[appId=" + appId + ", appSecret=<redacted>]";
    }
}
