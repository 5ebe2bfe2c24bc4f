package io.wxmass.cli.output;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CLI's one masking function: every URL's password ({@code scheme://user:password@host}) and every
 * {@code password=}, {@code secret=} or {@code token=} parameter in a text becomes {@code ***}. {@link Output}
 * passes everything it prints through it, so a password given in {@code --base-url}, {@code --db-url} or
 * {@code --redis-url} cannot reach stderr or {@code --json}, whichever message carries it.
 */
public final class Masking {
    /**
     * After {@code ://}, the user info runs to the last {@code @} before the path, query, fragment, a quote or a
     * line end. Spaces are not a boundary: a password with a space must not show its second half.
     */
    private static final Pattern USER_INFO = Pattern.compile("(://)([^/?#\"'<>\\r\\n]*)@");
    /**
     * {@code user:password@host} without a scheme, as a driver echoes the host part it could not resolve
     * ({@code UnknownHostException: app:pw@db}).
     */
    private static final Pattern BARE_USER_INFO = Pattern.compile("(^|[\\s(\\[,;'\"=])([^\\s/?#@:'\"]+):([^\\s/?#@'\"]+)@(?=[\\w\\[])");
    private static final Pattern SECRET_PARAM =
            Pattern.compile("(?i)\\b([a-z_]*(?:password|passwd|pwd|secret|token)=)[^&;\\s\"'<>]*");
    private static final String MASK = "***";

    private Masking() {
    }

    /** {@code text} with every password it holds replaced by {@code ***}; a user name stays. */
    public static String mask(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('@') < 0 && text.indexOf('=') < 0) {
            return text;
        }
        Matcher m = USER_INFO.matcher(text);
        StringBuilder masked = new StringBuilder(text.length());
        while (m.find()) {
            String userInfo = m.group(2);
            int colon = userInfo.indexOf(':');
            String shown = colon < 0 ? MASK : userInfo.substring(0, colon) + ":" + MASK;
            m.appendReplacement(masked, Matcher.quoteReplacement(m.group(1) + shown + "@"));
        }
        m.appendTail(masked);
        String bare = BARE_USER_INFO.matcher(masked).replaceAll("$1$2:" + Matcher.quoteReplacement(MASK) + "@");
        return SECRET_PARAM.matcher(bare).replaceAll("$1" + MASK);
    }
}
