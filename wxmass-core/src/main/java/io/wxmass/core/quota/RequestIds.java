package io.wxmass.core.quota;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's request id (rid) at the end of an errmsg, e.g.
 * {@code "reach max api daily quota limit rid: 617682e0-09059ac5-34a8e2ea"}: what {@link QuotaApi#rid}
 * looks up for 7 days (docs/platform.md §10.1).
 */
public final class RequestIds {
    private static final Pattern RID = Pattern.compile("rid:\\s*([0-9A-Za-z-]+)\\s*$");

    private RequestIds() {
    }

    public static Optional<String> fromErrmsg(String errmsg) {
        if (errmsg == null) {
            return Optional.empty();
        }
        Matcher m = RID.matcher(errmsg);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
