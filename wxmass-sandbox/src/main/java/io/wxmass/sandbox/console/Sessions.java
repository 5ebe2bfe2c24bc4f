package io.wxmass.sandbox.console;

import java.security.SecureRandom;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Console sessions: a random id in an {@code HttpOnly; SameSite=Strict} cookie, and per session a CSRF token
 * every form carries. Without an admin token every visitor's session is signed in; with one, only after login.
 */
final class Sessions {
    static final String COOKIE = "wxsandbox_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One browser's session; {@code flash} is the "what changed" line shown once after a POST. */
    static final class Session {
        final String id;
        final String csrf;
        volatile boolean signedIn;
        volatile String flash;

        Session(String id, String csrf, boolean signedIn) {
            this.id = id;
            this.csrf = csrf;
            this.signedIn = signedIn;
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
    private final boolean open;

    /** @param open no admin token: sessions start signed in */
    Sessions(boolean open) {
        this.open = open;
    }

    Optional<Session> find(String cookieHeader) {
        String id = cookie(cookieHeader, COOKIE);
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.get(id));
    }

    Session create() {
        Session s = new Session(random(), random(), open);
        sessions.put(s.id, s);
        return s;
    }

    /** A fresh id after login, so an id planted before login is worth nothing after it. */
    Session signIn(Session old) {
        sessions.remove(old.id);
        Session s = new Session(random(), random(), true);
        sessions.put(s.id, s);
        return s;
    }

    void end(Session s) {
        sessions.remove(s.id);
    }

    static String setCookie(Session s) {
        return COOKIE + "=" + s.id + "; Path=/; HttpOnly; SameSite=Strict";
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
