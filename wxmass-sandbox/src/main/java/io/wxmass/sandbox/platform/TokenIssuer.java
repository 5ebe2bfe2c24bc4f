package io.wxmass.sandbox.platform;

import io.wxmass.sandbox.clock.DailyCounter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of docs/platform.md §6: /cgi-bin/token issues a new token on every call and leaves the previous one
 * valid 5 more minutes; /cgi-bin/stable_token returns the same token while valid and renews it in its
 * last 5 minutes; the two families never invalidate each other.
 */
public final class TokenIssuer {
    public static final Duration LIFETIME = Duration.ofSeconds(7200);
    public static final Duration OVERLAP = Duration.ofMinutes(5);
    public static final Duration FORCE_SPACING = Duration.ofSeconds(30);
    public static final int FORCE_PER_DAY = 20;
    public static final int STABLE_PER_DAY = 500_000;

    private final Clock clock;
    private final Accounts accounts;
    private final int plainPerDay;
    private final DailyCounter fetches;
    private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> latestPlain = new ConcurrentHashMap<>();
    private final Map<String, String> latestStable = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastForce = new ConcurrentHashMap<>();

    /** @param plainPerDay the daily /cgi-bin/token quota (2000 on the platform) */
    public TokenIssuer(Clock clock, Accounts accounts, int plainPerDay) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.plainPerDay = plainPerDay;
        this.fetches = new DailyCounter(clock);
    }

    /** /cgi-bin/token calls today, as quota/get reports them. */
    public int plainUsedToday(String appId) {
        return fetches.today("token:" + appId);
    }

    public int plainPerDay() {
        return plainPerDay;
    }

    /** clear_quota: today's token calls are forgotten. */
    public void clearDailyQuota(String appId) {
        fetches.reset("token:" + appId);
        fetches.reset("stable:" + appId);
    }

    /** GET /cgi-bin/token. */
    public synchronized TokenGrant plain(String grantType, String appId, String secret) {
        Account account = authenticate(grantType, appId, secret);
        if (!fetches.tryAcquire("token:" + appId, plainPerDay)) {
            throw PlatformError.withText(45009, "reach max api daily quota limit");
        }
        Instant now = clock.instant();
        String previous = latestPlain.get(appId);
        if (previous != null) {
            tokens.computeIfPresent(previous, (k, t) -> t.supersede(now.plus(OVERLAP)));
        }
        IssuedToken fresh = issue(account.appId(), false, now);
        latestPlain.put(appId, fresh.value());
        return new TokenGrant(fresh.value(), LIFETIME.toSeconds());
    }

    /** POST /cgi-bin/stable_token. */
    public synchronized TokenGrant stable(String grantType, String appId, String secret, boolean forceRefresh) {
        Account account = authenticate(grantType, appId, secret);
        if (!fetches.tryAcquire("stable:" + appId, STABLE_PER_DAY)) {
            throw PlatformError.withText(45009, "reach max api daily quota limit");
        }
        Instant now = clock.instant();
        IssuedToken current = currentStable(appId, now);
        if (forceRefresh && mayForce(appId, now)) {
            if (current != null) {
                tokens.put(current.value(), current.supersede(now)); // force invalidates at once
            }
            return grant(issueStable(account, now), now);
        }
        if (current == null) {
            return grant(issueStable(account, now), now);
        }
        if (!now.isBefore(current.expiresAt().minus(OVERLAP))) {
            // Renewal window: the new token is handed out, the old one lives to its own expiry.
            tokens.put(current.value(), current.supersede(current.expiresAt()));
            return grant(issueStable(account, now), now);
        }
        return grant(current, now);
    }

    /** The appId a token belongs to, or 41001 missing / 40001 invalid or superseded / 42001 expired. */
    public String check(String accessToken) {
        if (accessToken == null || accessToken.isEmpty()) {
            throw PlatformError.of(41001, "access_token missing");
        }
        IssuedToken t = tokens.get(accessToken);
        Instant now = clock.instant();
        if (t == null || (t.supersededUntil() != null && !now.isBefore(t.supersededUntil())
                && now.isBefore(t.expiresAt()))) {
            throw PlatformError.of(40001, "invalid credential, access_token is invalid or not latest");
        }
        if (!now.isBefore(t.expiresAt())) {
            throw PlatformError.of(42001, "access_token expired");
        }
        return t.appId();
    }

    /** How many tokens of both kinds the account fetched today. */
    public int fetchesToday(String appId) {
        return fetches.today("token:" + appId) + fetches.today("stable:" + appId);
    }

    /**
     * clear_quota/v2's check of an AppID and its secret: 41002, 41004, 40013, and <b>40125</b> for any wrong
     * secret. Not the token endpoints' 40001 for a well-formed one: 40001 reads as "refresh the access_token",
     * advice that cannot help a call that carries none (docs/platform.md §10.1).
     */
    public Account verifySecret(String appId, String secret) {
        requirePresent(appId, secret);
        Account account = find(appId);
        if (!account.secretMatches(secret)) {
            throw PlatformError.of(40125, "invalid appsecret");
        }
        return account;
    }

    private static void requirePresent(String appId, String secret) {
        if (appId == null || appId.isEmpty()) {
            throw PlatformError.of(41002, "appid missing");
        }
        if (secret == null || secret.isEmpty()) {
            throw PlatformError.of(41004, "appsecret missing");
        }
    }

    private Account find(String appId) {
        return accounts.find(appId).orElseThrow(() -> PlatformError.of(40013, "invalid appid"));
    }

    private Account authenticate(String grantType, String appId, String secret) {
        requirePresent(appId, secret);
        if (!"client_credential".equals(grantType)) {
            throw PlatformError.of(40002, "invalid grant_type");
        }
        Account account = find(appId);
        if (!account.secretMatches(secret)) {
            // A secret that cannot be one (wrong shape) is 40125; a well-formed wrong one is 40001.
            throw secret.matches("[0-9a-f]{32}")
                    ? PlatformError.of(40001, "invalid credential, access_token is invalid or not latest")
                    : PlatformError.of(40125, "invalid appsecret");
        }
        return account;
    }

    private IssuedToken currentStable(String appId, Instant now) {
        String value = latestStable.get(appId);
        IssuedToken t = value == null ? null : tokens.get(value);
        return t == null || !now.isBefore(t.expiresAt()) ? null : t;
    }

    /** Force refresh: at most 20 a day and 30 s apart, else silently not refreshed (docs/platform.md §6.2). */
    private boolean mayForce(String appId, Instant now) {
        Instant last = lastForce.get(appId);
        if (last != null && now.isBefore(last.plus(FORCE_SPACING))) {
            return false;
        }
        if (!fetches.tryAcquire("force:" + appId, FORCE_PER_DAY)) {
            return false;
        }
        lastForce.put(appId, now);
        return true;
    }

    private IssuedToken issueStable(Account account, Instant now) {
        IssuedToken fresh = issue(account.appId(), true, now);
        latestStable.put(account.appId(), fresh.value());
        return fresh;
    }

    private IssuedToken issue(String appId, boolean stable, Instant now) {
        prune(now);
        IssuedToken t = new IssuedToken(Ids.urlSafe(136), appId, stable, now, now.plus(LIFETIME), null);
        tokens.put(t.value(), t);
        return t;
    }

    private static TokenGrant grant(IssuedToken t, Instant now) {
        return new TokenGrant(t.value(), Duration.between(now, t.expiresAt()).toSeconds());
    }

    /** Forget tokens a day past their expiry so the map stays bounded (they answer 40001 from then on). */
    private void prune(Instant now) {
        if (tokens.size() > 10_000) {
            tokens.values().removeIf(t -> t.expiresAt().plus(Duration.ofDays(1)).isBefore(now));
        }
    }

    @Override
    public String toString() {
        return "TokenIssuer[" + tokens.size() + " tokens]";
    }
}
