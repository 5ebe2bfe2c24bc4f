package io.wxmass.testing.sdk;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackHandlerBuilder;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * A sandbox that pushes in safe mode to a small application mounting core's {@link CallbackHandler} (token, AES key
 * and encryption required), on one fixed clock: the receiving side's tests differ only in what the handler tells.
 */
final class SafeModeApp implements AutoCloseable {
    static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    final String appId;
    final Sandbox sandbox;
    final CallbackReceiver app;

    private SafeModeApp(String appId, Sandbox sandbox, CallbackReceiver app) {
        this.appId = appId;
        this.sandbox = sandbox;
        this.app = app;
    }

    /** {@code listeners} adds the test's listener and event listener to the handler. */
    static SafeModeApp start(String appId, String token, int followers, UnaryOperator<CallbackHandlerBuilder> listeners)
            throws Exception {
        SandboxClock clock = SandboxClock.fixed(Instant.parse(Sdk.START));
        CallbackHandler handler = listeners.apply(CallbackHandler.builder().token(token).appId(appId)
                .aesKey(AesKey.fromEncodingAesKey(AES_KEY)).requireEncryption(true).clock(clock)).build();
        CallbackReceiver app = CallbackReceiver.start(CallbackReceiver.handledBy(handler));
        Sandbox sandbox = Sandbox.builder().appId(appId).clock(clock).instant(true).followers(followers)
                .callback(app.url(), token, AES_KEY, "safe").start();
        return new SafeModeApp(appId, sandbox, app);
    }

    /** Runs {@code pushes} while the sandbox signs with another token (a forger's), then restores the account's. */
    <T> T signedWithAnotherToken(Pushes<T> pushes) throws InterruptedException {
        CallbackSettings configured = sandbox.account().callback();
        sandbox.account().callback(new CallbackSettings(app.url(), "someoneElsesToken", AES_KEY, "safe"));
        try {
            return pushes.run();
        } finally {
            sandbox.account().callback(configured);
        }
    }

    /** What a test does that makes the sandbox push. */
    @FunctionalInterface
    interface Pushes<T> {
        T run() throws InterruptedException;
    }

    @Override
    public void close() throws InterruptedException {
        sandbox.close();
        app.close();
    }
}
