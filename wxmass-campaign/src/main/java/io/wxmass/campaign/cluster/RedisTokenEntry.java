package io.wxmass.campaign.cluster;

import io.wxmass.core.token.AccessToken;
import java.time.Instant;

/**
 * The stored form of an access token in Redis, {@code <expiresAtMillis>:<token>}: one definition for every client
 * library that writes it (Jedis here, Spring Data Redis in the Spring Boot starter), so they read each other's.
 */
public final class RedisTokenEntry {
    private RedisTokenEntry() {
    }

    public static String encode(AccessToken token) {
        return token.expiresAt().toEpochMilli() + ":" + token.value();
    }

    public static AccessToken decode(String stored) {
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("stored token entry is not <expiresAtMillis>:<token>");
        }
        long expiresAtMillis = Long.parseLong(stored.substring(0, colon));
        return new AccessToken(stored.substring(colon + 1), Instant.ofEpochMilli(expiresAtMillis));
    }
}
