package io.wxmass.campaign.serve;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.store.Database;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes each change the REST API makes to the account's audit log ({@code audit_log}), naming the key that
 * asked ({@code key:<name>}). Rows sort as written: the time, this process's sequence, random characters.
 */
final class ApiAudit {
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final Database database;
    private final String appId;
    private final Clock clock;

    ApiAudit(Database database, String appId, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = Objects.requireNonNull(appId, "appId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void record(Actor actor, String action, String campaignId) {
        long at = clock.millis();
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_log (id, app_id, at, actor, action, campaign_id) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, String.format(Locale.ROOT, "%013d%06d", at, SEQUENCE.incrementAndGet() % 1_000_000) + random(8));
                ps.setString(2, appId);
                ps.setLong(3, at);
                ps.setString(4, actor.toString());
                ps.setString(5, action);
                ps.setString(6, campaignId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
