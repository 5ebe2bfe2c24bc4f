package io.wxmass.campaign.plan;

import io.wxmass.core.error.InvalidRequestException;

/** What a planner accepts as an openid: one visible token of at most 64 characters. */
final class OpenIdRule {
    static final int MAX_LENGTH = 64;

    private OpenIdRule() {
    }

    static String check(String raw, String source, long index) {
        if (raw == null) {
            String where = where(source, index);
            throw new InvalidRequestException("audience", where + ": openid is missing");
        }
        String openId = raw.strip();
        if (openId.isEmpty() || openId.length() > MAX_LENGTH) {
            throw new InvalidRequestException("audience", where(source, index) + ": an openid must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < openId.length(); i++) {
            char ch = openId.charAt(i);
            if (ch <= ' ' || ch == 0x7f) {
                throw new InvalidRequestException("audience", where(source, index) + ": an openid must not contain spaces or control characters");
            }
        }
        return openId;
    }

    /** Built only for an error message: the hot path must not concatenate per openid. */
    private static String where(String source, long index) {
        return source + " " + index;
    }
}
