package io.wxmass.campaign.inbox;

import io.wxmass.core.callback.event.GenericEvent;

import java.util.Objects;
import java.util.Optional;

/**
 * One stored push that is no campaign event: a user's message or an event such as subscribe or a menu click.
 *
 * @param dedupeKey  the platform's dedupe key (docs/platform.md §4.4): {@code msg:<MsgId>} for a message,
 *                   {@code evt:<FromUserName>#<CreateTime>#<Event>} for an event or a message without a MsgId
 * @param event      the {@code Event} element of an event, else empty
 * @param createTime unix seconds as the platform wrote them
 * @param xml        the plain (decrypted) XML, rebuilt from what was read
 */
public record InboxMessage(String dedupeKey, String msgType, Optional<String> event, String fromUser,
                           long createTime, String xml) {
    public InboxMessage {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(msgType, "msgType");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(fromUser, "fromUser");
        Objects.requireNonNull(xml, "xml");
    }

    /** The stored form of a push core read as a {@link GenericEvent}. */
    public static InboxMessage of(GenericEvent push) {
        Objects.requireNonNull(push, "push");
        var header = push.header();
        String key = push.dedupeMsgId().isPresent() && header.event().isEmpty()
                ? "msg:" + push.dedupeMsgId().getAsLong()
                : "evt:" + header.dedupeKey() + "#" + header.event().orElse(header.msgType());
        return new InboxMessage(key, header.msgType(), header.event(), header.fromUserName(), header.createTime(),
                PlainXml.of(push.root()));
    }

    @Override
    public String toString() {
        // The XML may hold a user's words: name the push, never its content.
        return "InboxMessage[" + dedupeKey.replaceAll("#.*", "#…") + ", " + msgType + event.map(e -> "/" + e).orElse("") + "]";
    }
}
