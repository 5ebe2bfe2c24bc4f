package io.wxmass.core.callback;

import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.event.EventListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** Configures a {@link CallbackHandler}; token and listener are required, the AES keys for safe mode. */
public final class CallbackHandlerBuilder {
    String token;
    private String appId;
    private AesKey currentKey;
    private AesKey previousKey;
    boolean requireEncryption;
    Clock clock = Clock.systemUTC();
    Duration window = ReplayGuard.DEFAULT_WINDOW;
    int maxNonces = ReplayGuard.DEFAULT_MAX_NONCES;
    int maxBodyChars = 64 * 1024;
    CallbackListener listener;
    Function<CallbackEvent, Optional<String>> replier;
    Executor executor;
    EventListener events = EventListener.NONE;

    CallbackHandlerBuilder() {
    }

    /** The Token configured on the platform (3–32 characters there); never logged. */
    public CallbackHandlerBuilder token(String token) {
        Objects.requireNonNull(token, "token");
        if (token.isEmpty()) {
            throw new InvalidRequestException("token", "must not be empty");
        }
        this.token = token;
        return this;
    }

    /** The account's appid, checked against every decrypted push. */
    public CallbackHandlerBuilder appId(String appId) {
        this.appId = Objects.requireNonNull(appId, "appId");
        return this;
    }

    /** The current EncodingAESKey: enables safe and compatible mode. */
    public CallbackHandlerBuilder aesKey(AesKey current) {
        this.currentKey = Objects.requireNonNull(current, "current");
        return this;
    }

    /** The key before the last rotation, tried when the current one fails. */
    public CallbackHandlerBuilder previousAesKey(AesKey previous) {
        this.previousKey = Objects.requireNonNull(previous, "previous");
        return this;
    }

    /** Refuse plain pushes (safe mode only): a leaked token alone then cannot forge events. */
    public CallbackHandlerBuilder requireEncryption(boolean require) {
        this.requireEncryption = require;
        return this;
    }

    public CallbackHandlerBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** How far a push's timestamp may be from now, either way; 300 s by default. */
    public CallbackHandlerBuilder replayWindow(Duration window) {
        this.window = Objects.requireNonNull(window, "window");
        return this;
    }

    public CallbackHandlerBuilder maxNonces(int maxNonces) {
        this.maxNonces = maxNonces;
        return this;
    }

    /** Larger bodies are refused before parsing; 64 KiB by default, well above any real push. */
    public CallbackHandlerBuilder maxBodyChars(int maxBodyChars) {
        if (maxBodyChars < 1) {
            throw new InvalidRequestException("maxBodyChars", "must be positive");
        }
        this.maxBodyChars = maxBodyChars;
        return this;
    }

    public CallbackHandlerBuilder listener(CallbackListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /**
     * Optional passive replies (e.g. to user messages): the XML to answer with, encrypted with the key
     * that opened the push when it was encrypted. Without one, every push is answered {@code success}.
     */
    public CallbackHandlerBuilder replier(Function<CallbackEvent, Optional<String>> replier) {
        this.replier = Objects.requireNonNull(replier, "replier");
        return this;
    }

    /** Run the listener on {@code executor} and answer {@code success} at once, whatever it takes. */
    public CallbackHandlerBuilder dispatchOn(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
        return this;
    }

    /** Told of every request accepted or refused (with its reason), e.g. for metrics; what it throws is logged once and ignored. */
    public CallbackHandlerBuilder eventListener(EventListener listener) {
        this.events = EventListener.guarded(listener);
        return this;
    }

    public CallbackHandler build() {
        if (token == null) {
            throw new InvalidRequestException("token", "is required");
        }
        if (listener == null) {
            throw new InvalidRequestException("listener", "is required");
        }
        if (currentKey != null && appId == null) {
            throw new InvalidRequestException("appId", "is required with an AES key");
        }
        if (requireEncryption && currentKey == null) {
            throw new InvalidRequestException("aesKey", "is required when encryption is required");
        }
        if (previousKey != null && currentKey == null) {
            throw new InvalidRequestException("aesKey", "is required with a previous key");
        }
        return new CallbackHandler(this);
    }

    MessageCrypto crypto() {
        return currentKey == null ? null : new MessageCrypto(appId, currentKey, previousKey);
    }
}
