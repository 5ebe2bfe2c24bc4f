package io.wxmass.cli.it;

import io.wxmass.core.callback.Signatures;
import io.wxmass.sandbox.receiver.CallbackReceiver;
import io.wxmass.sandbox.receiver.CallbackReceiver.Reply;

import java.util.Map;

/**
 * A callback URL for {@code doctor --callback-url}: answers the platform's GET handshake with the echostr
 * when the signature matches its token (as a correct receiver does), or with something else when told to.
 */
final class HandshakeServer {
    private HandshakeServer() {
    }

    /** @param echoCorrectly false: answers 200 with a wrong body, as a misconfigured receiver does */
    static CallbackReceiver start(String token, boolean echoCorrectly) {
        return CallbackReceiver.start(request -> {
            Map<String, String> q = request.query();
            boolean signed = Signatures.matches(q.get("signature"), token, q.getOrDefault("timestamp", ""),
                    q.getOrDefault("nonce", ""));
            if (!signed) {
                return Reply.status(403, "bad signature");
            }
            return Reply.status(200, echoCorrectly ? q.get("echostr") : "success");
        });
    }
}
