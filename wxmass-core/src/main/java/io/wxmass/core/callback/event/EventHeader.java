package io.wxmass.core.callback.event;

import java.util.Objects;
import java.util.Optional;

/**
 * The fields every push carries. {@code toUserName} may be empty (observed in real pushes), and
 * {@code fromUserName} is an OpenID in real MASSSENDJOBFINISH pushes although the docs say "mphelper".
 *
 * @param createTime unix seconds; 0 when the push had none
 * @param event      the {@code Event} element for {@code MsgType=event}, else empty
 */
public record EventHeader(String toUserName, String fromUserName, long createTime, String msgType,
                          Optional<String> event) {
    public EventHeader {
        Objects.requireNonNull(toUserName, "toUserName");
        Objects.requireNonNull(fromUserName, "fromUserName");
        Objects.requireNonNull(msgType, "msgType");
        Objects.requireNonNull(event, "event");
    }

    /** The platform's dedupe key for events (docs/platform.md §4.4): FromUserName + CreateTime. */
    public String dedupeKey() {
        return fromUserName + "#" + createTime;
    }
}
