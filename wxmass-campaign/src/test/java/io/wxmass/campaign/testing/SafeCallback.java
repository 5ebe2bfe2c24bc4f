package io.wxmass.campaign.testing;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.callback.CallbackListener;
import io.wxmass.sandbox.receiver.CallbackReceiver;

import java.time.Clock;

/**
 * The developer's callback endpoint in safe mode, for campaign tests: pushes are refused (503, so the platform
 * retries) until the service under test {@link #listen listens}, then go through core's CallbackHandler.
 */
public final class SafeCallback {
    public static final String TOKEN = "campaignTestToken";
    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private SafeCallback() {
    }

    public static CallbackReceiver refusingUntilListened() {
        return CallbackReceiver.start(request -> CallbackReceiver.Reply.status(503, ""));
    }

    public static void listen(CallbackReceiver receiver, String appId, Clock clock, CallbackListener listener) {
        receiver.respondWith(CallbackReceiver.handledBy(CallbackHandler.builder().token(TOKEN).appId(appId)
                .aesKey(AesKey.fromEncodingAesKey(AES_KEY)).clock(clock).listener(listener).build()));
    }
}
