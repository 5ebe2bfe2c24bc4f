package io.wxmass.campaign.auth;

import io.wxmass.campaign.store.Database;
import io.wxmass.campaign.store.StoreException;
import io.wxmass.core.error.InvalidRequestException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The API keys of the receiver's REST API, in the campaign database. A key is {@value #PREFIX} and 256
 * random bits in base64url; the store keeps only its SHA-256, so a copy of the database lets nobody
 * call the API. {@link #authenticate} compares the hash with every active key in constant time.
 */
public final class ApiKeys {
    public static final String PREFIX = "wxk_";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;

    public ApiKeys(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The store the keys live in: the campaign database. */
    public Database database() {
        return database;
    }

    /** A new key; its secret is in the answer and nowhere else. Names are unique, revoked ones included. */
    public IssuedKey create(String name, Set<Scope> scopes) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new InvalidRequestException("name", "1 to 64 characters: letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (Objects.requireNonNull(scopes, "scopes").isEmpty()) {
            throw new InvalidRequestException("scopes", "at least one scope");
        }
        byte[] random = new byte[KEY_BYTES];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = new ApiKey(name, scopes, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), Optional.empty());
        database.inTransaction(c -> {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM api_key WHERE name = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        throw new InvalidRequestException("name", "a key named " + name + " exists already (revoked keys keep their names)");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO api_key (name, key_sha256, scopes, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, sha256(secret));
                ps.setString(3, Scope.format(scopes));
                ps.setLong(4, key.createdAt().toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
        return new IssuedKey(key, secret);
    }

    /** Every key, revoked ones too, by name. */
    public List<ApiKey> list() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT name, scopes, created_at, revoked_at FROM api_key ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                List<ApiKey> keys = new ArrayList<>();
                while (rs.next()) {
                    keys.add(key(rs));
                }
                return keys;
            }
        });
    }

    /** True when at least one key can call the API. */
    public boolean anyActive() {
        return list().stream().anyMatch(k -> !k.revoked());
    }

    /** Revokes the named key at once (its next request is refused); revoking twice keeps the first time. */
    public ApiKey revoke(String name) {
        Objects.requireNonNull(name, "name");
        long now = clock.millis();
        database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_key SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL")) {
                ps.setLong(1, now);
                ps.setString(2, name);
                ps.executeUpdate();
            }
            return null;
        });
        return list().stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("name", "no key named " + (NAME.matcher(name).matches() ? name : "like that")));
    }

    /** The active key whose secret this is; empty for an unknown, malformed or revoked one. */
    public Optional<ApiKey> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 128) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented).getBytes(StandardCharsets.US_ASCII);
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name, scopes, created_at, revoked_at, key_sha256 FROM api_key WHERE revoked_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                ApiKey match = null;
                while (rs.next()) {
                    // every row is compared, in constant time, so the answer's timing tells nothing
                    if (MessageDigest.isEqual(hash, rs.getString(5).getBytes(StandardCharsets.US_ASCII))) {
                        match = key(rs);
                    }
                }
                return Optional.ofNullable(match);
            }
        });
    }

    private static ApiKey key(ResultSet rs) throws SQLException {
        long revoked = rs.getLong(4);
        Optional<Instant> revokedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked));
        return new ApiKey(rs.getString(1), Scope.parse(rs.getString(2), "scopes"), Instant.ofEpochMilli(rs.getLong(3)), revokedAt);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new StoreException("SHA-256 is required of every JDK", e);
        }
    }
}
