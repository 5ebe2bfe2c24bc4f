package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiving side's events: the sandbox's safe-mode pushes accepted with their typed event, forged ones refused with the reason. */
class CallbackEventsTest {
    private static final RecordingListener events = new RecordingListener();
    private static SafeModeApp pushes;
    private static Sandbox sandbox;
    private WxMass wx;

    @BeforeAll
    static void start() throws Exception {
        pushes = SafeModeApp.start("wx5a1d2b0c3e4f5a6c", "wxmassCallbackEvents", 4,
                handler -> handler.listener(e -> { }).eventListener(events));
        sandbox = pushes.sandbox;
    }

    @AfterAll
    static void stop() throws InterruptedException {
        pushes.close();
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
        pushes.signedWithAnotherToken(() -> {
            wx.mass().send(MassMessage.text("Forged?"), Audience.allFollowers(), SendOptions.generated());
            Sdk.awaitIdle(sandbox);
            return null;
        });

        assertThat(events.lines()).hasSize(3).containsOnly("callbackRefused BAD_SIGNATURE");
    }
}
