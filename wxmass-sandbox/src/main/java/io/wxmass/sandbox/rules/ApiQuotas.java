package io.wxmass.sandbox.rules;

import io.wxmass.sandbox.clock.MonthlyCounter;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.platform.TokenIssuer;

import java.time.Clock;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * openapi/quota/get, clear_quota, clear_quota/v2 and openapi/quota/clear (docs/platform.md §10.1, D20) from the
 * sandbox's own clock and counters:
 * sendall and send share one daily counter (every call that reaches it counts, 45065 and 45066 answers too;
 * preview, get and delete do not), the day starting 00:00 Asia/Shanghai on the sandbox clock.
 */
public final class ApiQuotas {
    /** clear_quota calls an account may make in a calendar month. */
    public static final int CLEARS_PER_MONTH = 10;
    /** openapi/quota/clear calls (one API each) an account may make in a calendar month. */
    public static final int API_CLEARS_PER_MONTH = 50;
    static final String SENDALL = "/cgi-bin/message/mass/sendall";
    static final String SEND = "/cgi-bin/message/mass/send";
    static final String TOKEN = "/cgi-bin/token";

    private final MassRules rules;
    private final TokenIssuer tokens;
    private final MonthlyCounter clears;
    private final MonthlyCounter apiClears;

    public ApiQuotas(Clock clock, MassRules rules, TokenIssuer tokens) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clears = new MonthlyCounter(clock);
        this.apiClears = new MonthlyCounter(clock);
    }

    /** One API's quota today. */
    public record Report(int dailyLimit, int used, OptionalInt perMinute) {
        public int remain() {
            return Math.max(0, dailyLimit - used);
        }
    }

    /** One API's quota today; 76021 or 76022 as {@link #requireKnown} says. */
    public Report report(String appId, String cgiPath) {
        requireKnown(cgiPath);
        if (cgiPath.equals(SENDALL) || cgiPath.equals(SEND)) {
            DailyLimit daily = rules.daily();
            return new Report(daily.limit(), daily.usedToday(appId),
                    OptionalInt.of(rules.settings().massRequestsPerMinute()));
        }
        if (cgiPath.equals(TOKEN)) {
            return new Report(tokens.plainPerDay(), tokens.plainUsedToday(appId), OptionalInt.empty());
        }
        return new Report(QuotaTable.dailyLimit(cgiPath).orElseThrow(), 0, OptionalInt.empty());
    }

    /** 76021 for a path the platform does not know, 76022 for the sns paths an official account may not ask about. */
    private static void requireKnown(String cgiPath) {
        if (cgiPath == null || cgiPath.isBlank()) {
            throw PlatformError.withText(76021, "cgi_path not found, please check");
        }
        if (cgiPath.contains("/sns/")) {
            throw PlatformError.withText(76022, "could not use this cgi_path，no permission");
        }
        boolean counted = cgiPath.equals(SENDALL) || cgiPath.equals(SEND) || cgiPath.equals(TOKEN);
        if (!counted && QuotaTable.dailyLimit(cgiPath).isEmpty()) {
            throw PlatformError.withText(76021, "cgi_path not found, please check");
        }
    }

    /** Resets every daily counter of the account; 48006 after 10 this month; 40013 for another appid. */
    public void clear(String callerAppId, String appId) {
        if (!callerAppId.equals(appId)) {
            throw PlatformError.of(40013, "invalid appid");
        }
        clearAll(appId);
    }

    /** clear_quota/v2: the AppID and secret instead of a token (see {@link TokenIssuer#verifySecret}), the same 10 a month. */
    public void clearWithSecret(String appId, String secret) {
        clearAll(tokens.verifySecret(appId, secret).appId());
    }

    private void clearAll(String appId) {
        if (!clears.tryAcquire(appId, CLEARS_PER_MONTH)) {
            throw PlatformError.withText(48006, "forbid to clear quota because of reaching the limit");
        }
        rules.daily().reset(appId);
        rules.previewByWxName().reset(appId);
        tokens.clearDailyQuota(appId);
    }

    /**
     * openapi/quota/clear: one API's daily counter, 50 a month. sendall and send share one counter, so clearing
     * either clears both. The 51st this month answers 45009, the limit code of its error table (the platform
     * names no other; docs/platform.md §10.1).
     */
    public void clearOne(String appId, String cgiPath) {
        requireKnown(cgiPath);
        if (!apiClears.tryAcquire(appId, API_CLEARS_PER_MONTH)) {
            throw PlatformError.withText(45009, "reach max api daily quota limit");
        }
        if (cgiPath.equals(SENDALL) || cgiPath.equals(SEND)) {
            rules.daily().reset(appId);
        } else if (cgiPath.equals(TOKEN)) {
            tokens.clearDailyQuota(appId);
        }
        // The tabled APIs are not counted by the sandbox (QuotaTable): nothing to reset but the call is counted.
    }
}
