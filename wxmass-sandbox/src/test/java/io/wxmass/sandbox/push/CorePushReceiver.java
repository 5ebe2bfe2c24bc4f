package io.wxmass.sandbox.push;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackHandlerBuilder;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.sandbox.delivery.EncryptMode;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** The default account's callback, answered over HTTP by wxmass-core's CallbackHandler; keeps every event it read. */
public final class CorePushReceiver implements AutoCloseable {
    private final List<CallbackEvent> events = new CopyOnWriteArrayList<>();
    private final PushReceiver receiver;

    private CorePushReceiver(Sandbox sandbox, String token, String aesKey, EncryptMode mode) throws IOException {
        CallbackHandlerBuilder handler = CallbackHandler.builder().token(token).appId(sandbox.appId())
                .requireEncryption(mode == EncryptMode.SAFE).clock(sandbox.clock()).listener(events::add);
        if (aesKey != null) {
            handler.aesKey(AesKey.fromEncodingAesKey(aesKey));
        }
        CallbackHandler built = handler.build();
        this.receiver = PushReceiver.start(request -> {
            CallbackReply reply = built.handle("POST", request.query(), request.body());
            return new PushReceiver.Reply(reply.status(), reply.body(), Duration.ZERO);
        });
        sandbox.account().callback(new CallbackSettings(receiver.url(), token, aesKey, mode.name().toLowerCase(Locale.ROOT)));
    }

    /** Points the sandbox's default account at a new receiver; {@code aesKey} null for plain mode only. */
    public static CorePushReceiver start(Sandbox sandbox, String token, String aesKey, EncryptMode mode) throws IOException {
        return new CorePushReceiver(sandbox, token, aesKey, mode);
    }

    public List<CallbackEvent> events() {
        return events;
    }

    @Override
    public void close() throws InterruptedException {
        receiver.close();
    }
}
