package io.wxmass.core.quota;

import io.wxmass.core.error.ErrorCodes;
import io.wxmass.core.error.WeChatApiException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which quota a refusal ran into. The platform answers 45009 for two different limits and only its
 * errmsg tells them apart (docs/platform.md D18): {@code api freq out of limit} is the rolling minute
 * (wait for the window), {@code reach max api daily quota limit} is the day (wait for the next quota
 * day, 00:00 Asia/Shanghai). 45011 is always the minute.
 */
public enum QuotaWindow {
    /** The rolling minute: the same call may go again once the window has passed. */
    MINUTE,
    /** The platform day: nothing more until the day's counter resets (or clear_quota). */
    DAY;

    private static final String MINUTE_TEXT = "api freq out of limit";
    private static final String DAY_TEXT = "daily quota";

    /** The window a refusal names; empty when the refusal is not about a call quota. */
    public static Optional<QuotaWindow> of(WeChatApiException refusal) {
        return of(refusal.errcode(), refusal.errmsg());
    }

    /**
     * The window of an errcode and errmsg. A 45009 whose text is neither known form reads as the day:
     * the newer catalogue's meaning, and the safe one (waiting a day never sends twice or loses a batch).
     */
    public static Optional<QuotaWindow> of(int errcode, String errmsg) {
        if (errcode == ErrorCodes.API_MINUTE_QUOTA) {
            return Optional.of(MINUTE);
        }
        if (errcode != ErrorCodes.API_FREQ_OUT_OF_LIMIT) {
            return Optional.empty();
        }
        String text = errmsg == null ? "" : errmsg.toLowerCase(Locale.ROOT);
        if (text.contains(MINUTE_TEXT)) {
            return Optional.of(MINUTE);
        }
        return Optional.of(DAY);
    }
}
