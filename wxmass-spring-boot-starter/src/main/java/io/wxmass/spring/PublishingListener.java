package io.wxmass.spring;

import io.wxmass.core.callback.CallbackListener;
import io.wxmass.core.callback.event.CallbackEvent;
import org.springframework.context.ApplicationEventPublisher;

/** Publishes each push once as a {@link WxMassCallbackEvent}; a failed publish is forgotten, so its retry goes. */
final class PublishingListener implements CallbackListener {
    private final String account;
    private final String appId;
    private final PushDeduper deduper;
    private final ApplicationEventPublisher publisher;

    PublishingListener(String account, String appId, PushDeduper deduper, ApplicationEventPublisher publisher) {
        this.account = account;
        this.appId = appId;
        this.deduper = deduper;
        this.publisher = publisher;
    }

    @Override
    public void onEvent(CallbackEvent event) {
        String key = PushDeduper.key(appId, event);
        if (!deduper.claim(key)) {
            return;
        }
        try {
            publisher.publishEvent(new WxMassCallbackEvent<>(account, event));
        } catch (RuntimeException e) {
            deduper.release(key);
            throw e;
        }
    }
}
