package io.wxmass.sandbox.platform;

import io.wxmass.core.error.ErrorCatalogue;
import io.wxmass.core.error.PlatformRefusalException;

import java.util.Map;
import java.util.Objects;

/**
 * A platform answer with a non-zero errcode. Rules throw it; the server renders it as
 * {@code {"errcode":..,"errmsg":".. rid: .."}} plus any {@link #extra()} fields (45065 carries {@code msg_id}).
 */
public final class PlatformError extends PlatformRefusalException {
    private final int code;
    private final Map<String, Object> extra;

    private PlatformError(int code, String errmsg, Map<String, Object> extra) {
        super(code + " " + errmsg); // no stack trace: an expected answer, all it means is in its fields
        this.code = code;
        this.extra = Map.copyOf(extra);
    }

    /** The errmsg comes from core's catalogue; {@code fallback} is the spec's text for codes it lacks. */
    public static PlatformError of(int code, String fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return new PlatformError(code, ErrorCatalogue.errmsg(code, fallback), Map.of());
    }

    /**
     * An error whose errmsg depends on its cause on the platform, e.g. 45009 is {@code api freq out of limit}
     * for the minute rate but {@code reach max api daily quota limit} for daily quotas (spec 2.3).
     */
    public static PlatformError withText(int code, String errmsg) {
        Objects.requireNonNull(errmsg, "errmsg");
        return new PlatformError(code, errmsg, Map.of());
    }

    /** The same error carrying extra response fields. */
    public PlatformError with(String field, Object value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        java.util.Map<String, Object> more = new java.util.LinkedHashMap<>(extra);
        more.put(field, value);
        return new PlatformError(code, errmsg(), more);
    }

    public int code() {
        return code;
    }

    public String errmsg() {
        return getMessage().substring(getMessage().indexOf(' ') + 1);
    }

    public Map<String, Object> extra() {
        return extra;
    }
}
