package io.wxmass.core.error;

/**
 * Root of every exception wxmass throws. Unchecked, so callers handle the families they care about
 * ({@link WeChatApiException}, {@link InvalidRequestException}, {@link TransportException},
 * {@link io.wxmass.core.callback.CallbackException}) and let the rest propagate.
 *
 * <p>Messages never contain secrets: no app secret, access token or AES key.
 */
public abstract class WxMassException extends RuntimeException {
    protected WxMassException(String message, Throwable cause) {
        super(message, cause);
    }
}
