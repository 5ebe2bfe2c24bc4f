package io.wxmass.core.error;

import java.util.Objects;

/**
 * One entry of the platform's error catalogue (docs/platform.md §3), loaded from {@code error-codes.tsv}.
 *
 * @param code      the errcode
 * @param errmsg    the server's errmsg text where known (may be empty)
 * @param meaning   what the code means, in English
 * @param retryable whether the same request may simply be sent again later
 */
public record ErrorCode(int code, String errmsg, String meaning, boolean retryable) {
    public ErrorCode {
        Objects.requireNonNull(errmsg, "errmsg");
        Objects.requireNonNull(meaning, "meaning");
    }
}
