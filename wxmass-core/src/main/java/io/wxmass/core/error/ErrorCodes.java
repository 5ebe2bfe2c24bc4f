package io.wxmass.core.error;

import java.util.Set;

/**
 * The errcodes wxmass acts on, named once so no numeric literal is scattered through the code.
 * Everything else about a code (errmsg, meaning) lives in {@link ErrorCatalogue}.
 */
public final class ErrorCodes {
    /** {@code system error}: the only code a request is generically retried for. */
    public static final int SYSTEM_ERROR = -1;
    public static final int OK = 0;
    /** Wrong secret on the token endpoints; an invalid or superseded access token elsewhere. */
    public static final int INVALID_CREDENTIAL = 40001;
    public static final int INVALID_ACCESS_TOKEN = 40014;
    public static final int ACCESS_TOKEN_EXPIRED = 42001;
    public static final int API_FREQ_OUT_OF_LIMIT = 45009;
    /** The minute quota of an API (the day's quota and the rolling minute share 45009: see QuotaWindow). */
    public static final int API_MINUTE_QUOTA = 45011;
    public static final int NO_MASSSEND_QUOTA = 45028;
    /** clear_quota used 10 times this month already. */
    public static final int CLEAR_QUOTA_LIMIT = 48006;
    /** A send with this clientmsgid exists; the body carries its msg_id. */
    public static final int CLIENTMSGID_EXIST = 45065;
    /** The same clientmsgid was retried within a minute; wait and re-post it. */
    public static final int CLIENTMSGID_RETRY_TOO_FAST = 45066;
    public static final int CLIENTMSGID_SIZE_OUT_OF_LIMIT = 45067;

    /** Retired: permanent news material (material/add_news, update_news) since 2022-02-28; use drafts. */
    public static final int PERMANENT_NEWS_RETIRED = 45106;
    public static final int API_UNAUTHORIZED = 48001;

    /**
     * 89501–89505: the call waits for the account administrator's confirmation (API mass-send protection,
     * docs/platform.md §9 and D21). Not a failure to retry: re-posting cannot hurry the admin, and a send to
     * all that is confirmed later must not go out twice. 89506/89507 are a refusal, not a wait.
     */
    private static final Set<Integer> AWAITING_ADMIN = Set.of(89501, 89502, 89503, 89504, 89505);

    private static final Set<Integer> TOKEN_INVALID = Set.of(INVALID_CREDENTIAL, INVALID_ACCESS_TOKEN, ACCESS_TOKEN_EXPIRED);

    private ErrorCodes() {
    }

    /** Whether {@code errcode} means "waiting for an admin's confirmation" (89501–89505). */
    public static boolean isAwaitingAdminConfirmation(int errcode) {
        return AWAITING_ADMIN.contains(errcode);
    }

    /** Codes that mean the access token used by an authenticated call is no longer good. */
    public static boolean isTokenInvalid(int errcode) {
        return TOKEN_INVALID.contains(errcode);
    }
}
