package io.wxmass.campaign.console;

import io.wxmass.campaign.auth.ApiKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions, in memory: a random id in an {@code HttpOnly; SameSite=Strict} cookie and, per session, a
 * CSRF token every form carries. A visitor gets a session before login (so the login form has its token
 * too); login replaces it with a fresh one holding the key's name, never the key. Sessions end after
 * {@link #IDLE} without a request or {@link #LIFETIME} after login, and at most {@link #MAX} exist at once.
 */
final class Sessions {
    static final String COOKIE = "wxmass_console";
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LIFETIME = Duration.ofHours(12);
    static final int MAX = 2_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One browser's session; {@code key} is empty until login; {@code flash} is shown once after a POST. */
    static final class Session {
        final String id;
        final String csrf;
        final Optional<ApiKey> key;
        final Instant started;
        volatile Instant lastSeen;
        volatile String flash;

        Session(String id, String csrf, Optional<ApiKey> key, Instant now) {
            this.id = id;
            this.csrf = csrf;
            this.key = key;
            this.started = now;
            this.lastSeen = now;
        }

        boolean signedIn() {
            return key.isPresent();
        }

        boolean csrfMatches(String given) {
            return given != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8));
        }

        String takeFlash() {
            String f = flash;
            flash = null;
            return f;
        }
    }

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    Sessions(Clock clock) {
        this.clock = clock;
    }

    /** The live session the cookie names; an expired one is ended here. */
    Optional<Session> find(String cookieHeader) {
        String id = cookie(cookieHeader, COOKIE);
        Session s = id == null ? null : sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            sessions.remove(s.id);
            return Optional.empty();
        }
        s.lastSeen = now;
        return Optional.of(s);
    }

    Session anonymous() {
        return put(new Session(random(), random(), Optional.empty(), clock.instant()));
    }

    /** A fresh id after login, so an id planted before login is worth nothing after it. */
    Session signIn(Session old, ApiKey key) {
        sessions.remove(old.id);
        return put(new Session(random(), random(), Optional.of(key), clock.instant()));
    }

    void end(Session s) {
        sessions.remove(s.id);
    }

    private Session put(Session s) {
        if (sessions.size() >= MAX) {
            Instant now = clock.instant();
            sessions.values().removeIf(x -> expired(x, now));
            // Still full: the longest idle goes (anonymous visitors can fill the table, signed-in users come back).
            while (sessions.size() >= MAX) {
                sessions.values().stream().min(Comparator.comparing((Session x) -> x.lastSeen))
                        .ifPresent(x -> sessions.remove(x.id));
            }
        }
        sessions.put(s.id, s);
        return s;
    }

    private static boolean expired(Session s, Instant now) {
        return now.isAfter(s.lastSeen.plus(IDLE)) || now.isAfter(s.started.plus(LIFETIME));
    }

    static String setCookie(Session s) {
        return COOKIE + "=" + s.id + "; Path=/; HttpOnly; SameSite=Strict";
    }

    static String clearCookie() {
        return COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    static String cookie(String header, String name) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith(name + "=")) {
                return p.substring(name.length() + 1);
            }
        }
        return null;
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
