package io.wxmass.spring;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackHandlerBuilder;
import io.wxmass.core.event.EventListener;
import io.wxmass.core.callback.CallbackListener;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.http.RetryPolicy;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Turns one {@link WxMassProperties.Account} into core builders. The checks are core's own; this class only
 * renames the field core names ({@code appSecret}) into the property the user wrote
 * ({@code wxmass.accounts.main.app-secret}).
 */
final class AccountSettings {
    private final String name;
    private final WxMassProperties.Account account;

    AccountSettings(String name, WxMassProperties.Account account) {
        this.name = name;
        this.account = account;
    }

    String name() {
        return name;
    }

    WxMassConfig.Builder configBuilder() {
        return checked(() -> {
            WxMassConfig.Builder b = WxMassConfig.builder().appId(account.appId()).appSecret(account.appSecret());
            set(account.baseUrl(), b::baseUrl);
            set(account.tokenSource(), b::tokenSource);
            set(account.connectTimeout(), b::connectTimeout);
            set(account.requestTimeout(), b::requestTimeout);
            WxMassProperties.Retry retry = account.retry();
            if (retry.maxAttempts() != null || retry.initialBackoff() != null || retry.maxBackoff() != null) {
                RetryPolicy.Builder r = RetryPolicy.builder();
                set(retry.maxAttempts(), r::maxAttempts);
                set(retry.initialBackoff(), r::initialBackoff);
                set(retry.maxBackoff(), r::maxBackoff);
                b.retryPolicy(r.build());
            }
            set(account.callback().token(), b::callbackToken);
            set(account.callback().aesKey(), b::encodingAesKey);
            return b;
        });
    }

    /** Builds the config, so that a missing secret fails at startup rather than at the first call. */
    WxMassConfig config(Consumer<WxMassConfig.Builder> customizer) {
        return checked(() -> {
            WxMassConfig.Builder b = configBuilder();
            customizer.accept(b);
            return b.build();
        });
    }

    boolean callbackConfigured() {
        return account.callback().token() != null;
    }

    String callbackPath() {
        String path = account.callback().path();
        return path != null ? path : "/wxmass/callback/" + name;
    }

    /** The endpoint's handler, or empty when no callback token is configured. */
    Optional<CallbackHandler> callbackHandler(CallbackListener listener, EventListener events) {
        if (!callbackConfigured()) {
            return Optional.empty();
        }
        WxMassProperties.Callback callback = account.callback();
        return Optional.of(checked(() -> {
            WxMassProperties.CallbackMode mode = callback.mode() != null ? callback.mode()
                    : callback.aesKey() != null ? WxMassProperties.CallbackMode.COMPATIBLE
                    : WxMassProperties.CallbackMode.PLAIN;
            CallbackHandlerBuilder b = CallbackHandler.builder().token(callback.token()).listener(listener).eventListener(events);
            if (mode != WxMassProperties.CallbackMode.PLAIN) {
                if (callback.aesKey() == null) {
                    throw new InvalidRequestException("aesKey", "is required in " + mode + " mode");
                }
                b.appId(account.appId()).aesKey(AesKey.fromEncodingAesKey(callback.aesKey()));
            }
            b.requireEncryption(mode == WxMassProperties.CallbackMode.SAFE);
            return b.build();
        }));
    }

    private <T> T checked(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidRequestException e) {
            throw new WxMassPropertyException(property(e.field()), e.rule(), e);
        }
    }

    /** {@code appSecret} → {@code wxmass.accounts.<name>.app-secret}; callback fields live under {@code callback.}. */
    private String property(String coreField) {
        String kebab = coreField.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        String path = switch (kebab) {
            case "callback-token", "token" -> "callback.token";
            case "encoding-aes-key", "aes-key", "encoding-aes-key-length" -> "callback.aes-key";
            case "max-attempts", "initial-backoff", "max-backoff" -> "retry." + kebab;
            default -> kebab;
        };
        return "wxmass.accounts." + name + "." + path;
    }

    private static <T> void set(T value, Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }
}
