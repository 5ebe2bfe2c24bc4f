package io.wxmass.micrometer;

import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.EventHeader;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The meters wxmass publishes, their names and tag values in one place. Tag values are few by design (paths of the
 * platform's endpoints, error kinds, errcodes seen, callback event types), so no meter grows without bound.
 *
 * <ul>
 *   <li>{@value #API_CALLS} (timer): {@code endpoint}, {@code outcome} ({@code ok} or the error kind: {@code platform},
 *       {@code network}, {@code invalid}, ...), {@code errcode} ({@code 0}, the platform's code, or {@code none} when no
 *       answer was read). One per request sent; a read that shared another's request is not one.</li>
 *   <li>{@value #API_RETRIES} (counter): {@code endpoint}.</li>
 *   <li>{@value #RATE_WAIT} (timer): {@code endpoint}; every mass request, zero waits included.</li>
 *   <li>{@value #TOKEN_FETCHES} (counter): {@code outcome}.</li>
 *   <li>{@value #SHARED_READS} (counter): {@code endpoint}.</li>
 *   <li>{@value #CALLBACK_EVENTS} (counter): {@code type} (the event, e.g. {@code masssendjobfinish}, the message
 *       type for user messages, {@code handshake}, or {@code unknown} when refused before reading), {@code result}
 *       ({@code accepted}, {@code refused}), {@code reason} ({@code none}, or the refusal's, e.g. {@code bad_signature}).</li>
 * </ul>
 */
public final class WxMassMeters {
    public static final String API_CALLS = "wxmass.api.calls";
    public static final String API_RETRIES = "wxmass.api.retries";
    public static final String RATE_WAIT = "wxmass.rate.wait";
    public static final String TOKEN_FETCHES = "wxmass.token.fetches";
    public static final String SHARED_READS = "wxmass.shared.reads";
    public static final String CALLBACK_EVENTS = "wxmass.callback.events";

    static final String OUTCOME_OK = "ok";
    static final String NONE = "none";
    static final String RESULT_ACCEPTED = "accepted";
    static final String RESULT_REFUSED = "refused";
    static final String TYPE_HANDSHAKE = "handshake";
    static final String TYPE_UNKNOWN = "unknown";
    private static final Pattern TAG_WORD = Pattern.compile("[a-z0-9_]{1,40}");

    private WxMassMeters() {
    }

    /** The event's name for an event push ({@code masssendjobfinish}), its message type otherwise ({@code text}). */
    static String eventType(CallbackEvent event) {
        EventHeader header = event.header();
        String type = ("event".equalsIgnoreCase(header.msgType()) ? header.event().orElse("event") : header.msgType())
                .toLowerCase(Locale.ROOT);
        // Signed by the platform, but still bounded: a tag value must never be free text.
        return TAG_WORD.matcher(type).matches() ? type : "other";
    }
}
