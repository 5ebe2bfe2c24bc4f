package io.wxmass.core.error;

/**
 * The family of answers with a non-zero errcode that carry more than {@link WeChatApiException}: a tag
 * change refused for a documented reason, the sandbox's own errcode answers. {@link ErrorKind#PLATFORM}.
 */
public abstract non-sealed class PlatformRefusalException extends WxMassException {
    protected PlatformRefusalException(String message, Throwable cause) {
        super(message, cause, ErrorKind.PLATFORM);
    }

    /** Without a stack trace: for answers that are expected, frequent and carry all they mean in their fields. */
    protected PlatformRefusalException(String message) {
        super(message, ErrorKind.PLATFORM);
    }
}
