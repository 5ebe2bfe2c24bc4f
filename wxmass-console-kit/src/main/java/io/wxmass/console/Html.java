package io.wxmass.console;

import io.wxmass.core.media.ArticleHtml;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The one escaping rule of the consoles: every value printed into a page goes through {@link #esc}. */
public final class Html {
    private Html() {
    }

    /** Escapes for text and for double-quoted attribute values alike (core's rule, one for the project). */
    public static String esc(Object value) {
        return ArticleHtml.escape(String.valueOf(value));
    }

    /** A path segment or query value for a link. */
    public static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
