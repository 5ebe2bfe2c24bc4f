package io.wxmass.sandbox.receiver;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackHandlerBuilder;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.sandbox.delivery.EncryptMode;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The sandbox's default account pointed at a {@link CallbackReceiver} that answers with wxmass-core's
 * {@link CallbackHandler} and keeps every event it verified and decrypted, oldest first.
 */
public final class PushCapture implements AutoCloseable {
    private final List<CallbackEvent> events = new CopyOnWriteArrayList<>();
    private final CallbackReceiver receiver;

    private PushCapture(Sandbox sandbox, String token, String aesKey, EncryptMode mode) {
        CallbackHandlerBuilder handler = CallbackHandler.builder().token(token).appId(sandbox.appId())
                .requireEncryption(mode == EncryptMode.SAFE).clock(sandbox.clock()).listener(events::add);
        if (aesKey != null) {
            handler.aesKey(AesKey.fromEncodingAesKey(aesKey));
        }
        this.receiver = CallbackReceiver.start(CallbackReceiver.handledBy(handler.build()));
        sandbox.account().callback(new CallbackSettings(receiver.url(), token, aesKey, mode.name().toLowerCase(Locale.ROOT)));
    }

    /** Points the sandbox's default account at a new receiver; {@code aesKey} null for plain mode only. */
    public static PushCapture start(Sandbox sandbox, String token, String aesKey, EncryptMode mode) {
        return new PushCapture(sandbox, token, aesKey, mode);
    }

    /** Every event accepted so far, oldest first. */
    public List<CallbackEvent> events() {
        return List.copyOf(events);
    }

    /** The newest accepted event. */
    public Optional<CallbackEvent> last() {
        return events.isEmpty() ? Optional.empty() : Optional.of(events.get(events.size() - 1));
    }

    /** The requests as they came, including refused ones. */
    public CallbackReceiver receiver() {
        return receiver;
    }

    @Override
    public void close() {
        receiver.close();
    }
}
