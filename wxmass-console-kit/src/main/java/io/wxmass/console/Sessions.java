package io.wxmass.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Console sessions, in memory: a random id in an {@code HttpOnly; SameSite=Strict} cookie and, per session, a
 * CSRF token every form carries. A visitor gets a session before login (so the login form has its token
 * too); login replaces it with a fresh one holding who signed in ({@code P}: the campaign console's API key,
 * the sandbox's admin), never a secret. Sessions end after {@link #IDLE} without a request or
 * {@link #LIFETIME} after they began, and at most {@link #MAX} exist at once.
 *
 * @param <P> who a signed-in session belongs to
 */
public final class Sessions<P> {
    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration LIFETIME = Duration.ofHours(12);
    public static final int MAX = 2_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One browser's session; {@code principal} is empty until login; {@code flash} is shown once after a POST. */
    public static final class Session<P> {
        public final String id;
        public final String csrf;
        public final Optional<P> principal;
        final Instant started;
        volatile Instant lastSeen;
        /** The "what changed" line the next page shows once. */
        public volatile String flash;

        Session(String id, String csrf, Optional<P> principal, Instant now) {
            this.id = id;
            this.csrf = csrf;
            this.principal = principal;
            this.started = now;
            this.lastSeen = now;
        }

        public boolean signedIn() {
            return principal.isPresent();
        }

        /** Compared in constant time: the token is a secret of the page. */
        public boolean csrfMatches(String given) {
            return given != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8));
        }

        /** The hidden CSRF field every form carries. */
        public String csrfField() {
            return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.esc(csrf) + "\">";
        }

        public String takeFlash() {
            String f = flash;
            flash = null;
            return f;
        }
    }

    private final Map<String, Session<P>> sessions = new ConcurrentHashMap<>();
    private final String cookieName;
    private final Clock clock;

    public Sessions(String cookieName, Clock clock) {
        this.cookieName = Objects.requireNonNull(cookieName, "cookieName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String cookieName() {
        return cookieName;
    }

    /** The live session the cookie names; an expired one is ended here. */
    public Optional<Session<P>> find(String cookieHeader) {
        String id = cookie(cookieHeader, cookieName);
        Session<P> s = id == null ? null : sessions.get(id);
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

    /**
     * The session a request goes on with, or a new one: for a cookie that names no live session, or one whose
     * principal no longer {@code holds} (a revoked key). A new one is signed in as {@code startAs} if given.
     */
    public Visit<P> visit(String cookieHeader, Predicate<P> holds, Optional<P> startAs) {
        Session<P> s = find(cookieHeader).orElse(null);
        if (s != null && s.principal.isPresent() && !holds.test(s.principal.get())) {
            end(s); // the session goes with what signed it in
            s = null;
        }
        if (s != null) {
            return new Visit<>(s, null);
        }
        Session<P> fresh = anonymous();
        if (startAs.isPresent()) {
            fresh = signIn(fresh, startAs.get());
        }
        return new Visit<>(fresh, setCookie(fresh));
    }

    /** A request's session; {@code newCookie} is the Set-Cookie a new session needs, null for a known one. */
    public record Visit<P>(Session<P> session, String newCookie) {
        /**
         * The headers of every console page: the content security policy, no sniffing, a same-origin referrer
         * (no-referrer would make form posts say {@code Origin: null}), no caching, and the new session's
         * cookie unless the answer sets one itself (login, logout).
         */
        public Map<String, String> headers(String securityPolicy, boolean answerSetsCookie) {
            Map<String, String> h = new java.util.LinkedHashMap<>();
            if (newCookie != null && !answerSetsCookie) {
                h.put("Set-Cookie", newCookie);
            }
            h.put("Content-Security-Policy", securityPolicy);
            h.put("X-Content-Type-Options", "nosniff");
            h.put("Referrer-Policy", "same-origin");
            h.put("Cache-Control", "no-store");
            return h;
        }
    }

    public Session<P> anonymous() {
        return put(new Session<>(random(), random(), Optional.empty(), clock.instant()));
    }

    /** A fresh id after login, so an id planted before login is worth nothing after it. */
    public Session<P> signIn(Session<P> old, P principal) {
        sessions.remove(old.id);
        return put(new Session<>(random(), random(), Optional.of(principal), clock.instant()));
    }

    public void end(Session<P> s) {
        sessions.remove(s.id);
    }

    private Session<P> put(Session<P> s) {
        if (sessions.size() >= MAX) {
            Instant now = clock.instant();
            sessions.values().removeIf(x -> expired(x, now));
            // Still full: the longest idle goes (anonymous visitors can fill the table, signed-in users come back).
            while (sessions.size() >= MAX) {
                sessions.values().stream().min(Comparator.comparing((Session<P> x) -> x.lastSeen))
                        .ifPresent(x -> sessions.remove(x.id));
            }
        }
        sessions.put(s.id, s);
        return s;
    }

    private static boolean expired(Session<?> s, Instant now) {
        return now.isAfter(s.lastSeen.plus(IDLE)) || now.isAfter(s.started.plus(LIFETIME));
    }

    public String setCookie(Session<P> s) {
        return cookieName + "=" + s.id + "; Path=/; HttpOnly; SameSite=Strict";
    }

    public String clearCookie() {
        return cookieName + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    /** One cookie's value from a {@code Cookie} header, or null. */
    public static String cookie(String header, String name) {
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
