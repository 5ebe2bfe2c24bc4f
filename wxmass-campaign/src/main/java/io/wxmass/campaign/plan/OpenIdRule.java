package io.wxmass.campaign.plan;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.OpenIdSyntax;

/** What a planner accepts as an openid ({@link OpenIdSyntax}), surrounding white space aside. */
final class OpenIdRule {
    private OpenIdRule() {
    }

    static String check(String raw, String source, long index) {
        if (raw == null) {
            String where = where(source, index);
            throw new InvalidRequestException("audience", where + ": openid is missing");
        }
        String openId = raw.strip();
        if (!OpenIdSyntax.isValid(openId)) {
            throw new InvalidRequestException("audience", where(source, index) + ": " + OpenIdSyntax.RULE);
        }
        return openId;
    }

    /** Built only for an error message: the hot path must not concatenate per openid. */
    private static String where(String source, long index) {
        return source + " " + index;
    }
}
