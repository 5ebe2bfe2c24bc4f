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

    private static final Set<Integer> TOKEN_INVALID = Set.of(INVALID_CREDENTIAL, INVALID_ACCESS_TOKEN, ACCESS_TOKEN_EXPIRED);

    private ErrorCodes() {
    }

    /** Codes that mean the access token used by an authenticated call is no longer good. */
    public static boolean isTokenInvalid(int errcode) {
        return TOKEN_INVALID.contains(errcode);
    }
}
