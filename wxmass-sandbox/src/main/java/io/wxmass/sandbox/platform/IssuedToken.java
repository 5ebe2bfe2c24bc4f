package io.wxmass.sandbox.platform;

import java.time.Instant;

/**
 * One access token as the platform remembers it.
 *
 * @param stable           issued by /cgi-bin/stable_token (a separate family from /cgi-bin/token)
 * @param supersededUntil  when a newer token replaced it, the end of its grace period; null while latest
 */
record IssuedToken(String value, String appId, boolean stable, Instant issuedAt, Instant expiresAt, Instant supersededUntil) {
    IssuedToken supersede(Instant until) {
        Instant end = until.isBefore(expiresAt) ? until : expiresAt;
        return new IssuedToken(value, appId, stable, issuedAt, expiresAt, supersededUntil == null ? end : supersededUntil);
    }

    @Override
    public String toString() {
        return "IssuedToken[" + appId + (stable ? ", stable" : "") + ", expires " + expiresAt + "]";
    }
}
