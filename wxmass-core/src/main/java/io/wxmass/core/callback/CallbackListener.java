package io.wxmass.core.callback;

import io.wxmass.core.callback.event.CallbackEvent;

/**
 * Receives each accepted push. The platform waits 5 s and then retries, so a listener should be quick:
 * record the event (deduping on {@link CallbackEvent#dedupeKey()} and {@link CallbackEvent#dedupeMsgId()})
 * and return, or let the handler dispatch on an executor.
 */
@FunctionalInterface
public interface CallbackListener {
    void onEvent(CallbackEvent event);
}
