package io.wxmass.sandbox.delivery;

import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.CallbackSettings;

import java.util.Locale;
import java.util.Objects;

/**
 * Where and how to push MASSSENDJOBFINISH and PUBLISHJOBFINISH for one account. A null {@code url} means no push.
 * {@link #toString()} redacts the token and the EncodingAESKey.
 *
 * @param encodingAesKey required when {@code mode} encrypts, else may be null
 * @param originalId     the account's gh_ id, sent as ToUserName
 */
public record CallbackTarget(String url, String token, String encodingAesKey, EncryptMode mode,
                             String appId, String originalId) {
    public CallbackTarget {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(originalId, "originalId");
        if (url != null) {
            Objects.requireNonNull(token, "token");
            if (mode.encrypts() && encodingAesKey == null) {
                throw new IllegalArgumentException("encodingAesKey is required in " + mode + " mode");
            }
        }
    }

    /** The account's callback as configured now; null when it has none. */
    public static CallbackTarget of(Account account) {
        CallbackSettings c = account.callback();
        if (c == null) {
            return null;
        }
        return new CallbackTarget(c.url(), c.token(), c.encodingAesKey(),
                EncryptMode.valueOf(c.mode().toUpperCase(Locale.ROOT)), account.appId(), account.originalId());
    }

    /** Whether a push should be posted at all. */
    public boolean enabled() {
        return url != null && !url.isBlank();
    }

    @Override
    public String toString() {
        return "CallbackTarget[url=" + url + ", mode=" + mode + ", appId=" + appId + ", originalId=" + originalId
                + ", token=" + (token == null ? "null" : "***") + ", encodingAesKey="
                + (encodingAesKey == null ? "null" : "***") + "]";
    }
}
