package io.wxmass.spring;

import io.wxmass.core.callback.event.CallbackEvent;
import java.util.Objects;
import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;

/**
 * One accepted, deduplicated push, published as a Spring application event. Listen to the kind you need:
 * {@code @EventListener void on(WxMassCallbackEvent<MassSendJobFinished> e)}. A listener that throws makes the
 * endpoint answer 500, so the platform pushes again and the event is published again.
 *
 * @param account the name under {@code wxmass.accounts}
 * @param event the typed push
 */
public record WxMassCallbackEvent<E extends CallbackEvent>(String account, E event) implements ResolvableTypeProvider {
    public WxMassCallbackEvent {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(event, "event");
    }

    @Override
    public ResolvableType getResolvableType() {
        return ResolvableType.forClassWithGenerics(WxMassCallbackEvent.class, ResolvableType.forInstance(event));
    }
}
