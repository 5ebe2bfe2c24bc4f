package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiving side's events: the sandbox's safe-mode pushes accepted with their typed event, forged ones refused with the reason. */
class CallbackEventsTest {
    private static final String APP_ID = "wx5a1d2b0c3e4f5a6c";
    private static final String TOKEN = "wxmassCallbackEvents";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private static final RecordingListener events = new RecordingListener();
    private static CallbackReceiver app;
    private static Sandbox sandbox;
    private WxMass wx;

    @BeforeAll
    static void start() throws Exception {
        SandboxClock clock = SandboxClock.fixed(Instant.parse(Sdk.START));
        CallbackHandler handler = CallbackHandler.builder().token(TOKEN).appId(APP_ID)
                .aesKey(AesKey.fromEncodingAesKey(AES_KEY)).requireEncryption(true).clock(clock)
                .listener(e -> { }).eventListener(events).build();
        app = CallbackReceiver.start(CallbackReceiver.handledBy(handler));
        sandbox = Sandbox.builder().appId(APP_ID).clock(clock).instant(true).followers(4)
                .callback(app.url(), TOKEN, AES_KEY, "safe").start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        sandbox.close();
        app.close();
    }

    @BeforeEach
    void client() {
        Sdk.startNextMonth(sandbox);
        wx = Sdk.client(sandbox);
        events.clear();
    }

    @Test
    void push_verifiedAndDecrypted_firesCallbackAcceptedWithTheTypedEvent() throws InterruptedException {
        wx.mass().send(MassMessage.text("Counted"), Audience.allFollowers(), SendOptions.generated());
        Sdk.awaitIdle(sandbox);

        assertThat(events.lines()).containsExactly("callbackAccepted MassSendJobFinished");
    }

    @Test
    void push_signedWithAnotherToken_firesCallbackRefusedBadSignatureForEachAttempt() throws InterruptedException {
        CallbackSettings configured = sandbox.account().callback();
        sandbox.account().callback(new CallbackSettings(app.url(), "someoneElsesToken", AES_KEY, "safe"));
        try {
            wx.mass().send(MassMessage.text("Forged?"), Audience.allFollowers(), SendOptions.generated());
            Sdk.awaitIdle(sandbox);
        } finally {
            sandbox.account().callback(configured);
        }

        assertThat(events.lines()).hasSize(3).containsOnly("callbackRefused BAD_SIGNATURE");
    }
}
