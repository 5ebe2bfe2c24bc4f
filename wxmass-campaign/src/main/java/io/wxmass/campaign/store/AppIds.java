package io.wxmass.campaign.store;

import io.wxmass.core.error.InvalidRequestException;
import java.util.Objects;

/** The one check on the account id that scopes every store: the appid the platform issued (wx + 16 hex, or a sandbox's). */
final class AppIds {
    static final int MAX_LENGTH = 32;

    private AppIds() {
    }

    static String require(String appId) {
        Objects.requireNonNull(appId, "appId");
        if (appId.isBlank() || appId.length() > MAX_LENGTH || !appId.chars().allMatch(ch -> ch > ' ' && ch < 127)) {
            throw new InvalidRequestException("appId", "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
        return appId;
    }
}
