package io.wxmass.core.audience;

import io.wxmass.core.error.PlatformRefusalException;
import io.wxmass.core.error.WeChatApiException;
import java.util.Objects;

/**
 * A tag change the platform refused for a documented reason ({@link #refusal()}). The platform's own
 * answer (errcode, errmsg, endpoint) is the {@link #getCause() cause}; codes without a documented
 * tag meaning stay plain {@link WeChatApiException}s.
 */
public final class TagException extends PlatformRefusalException {
    private final TagRefusal refusal;

    TagException(TagRefusal refusal, WeChatApiException cause) {
        super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
    }

    public TagRefusal refusal() {
        return refusal;
    }

    public int errcode() {
        return refusal.errcode();
    }

    @Override
    public synchronized WeChatApiException getCause() {
        return (WeChatApiException) super.getCause();
    }
}
