package io.wxmass.core.callback.event;

import java.util.OptionalLong;

/**
 * A push read from the platform: the typed {@link MassSendJobFinished} and {@link PublishJobFinished},
 * or a {@link GenericEvent} for any other message or event. Both expose the two dedupe keys the platform's retries call for (spec 4.4).
 */
public sealed interface CallbackEvent permits MassSendJobFinished, PublishJobFinished, GenericEvent {

    EventHeader header();

    /**
     * The {@code MsgID} (events) or {@code MsgId} (user messages) when the push has a numeric one: the
     * dedupe key for pushes that carry it.
     */
    OptionalLong dedupeMsgId();

    /** FromUserName + CreateTime: the dedupe key for pushes without a MsgId. */
    default String dedupeKey() {
        return header().dedupeKey();
    }
}
