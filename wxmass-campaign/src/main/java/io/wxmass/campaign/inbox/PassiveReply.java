package io.wxmass.campaign.inbox;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.CallbackReply;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.callback.MessageCrypto;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The application's passive reply as the platform must receive it: sealed in safe mode (docs/platform.md
 * §5.3, the push's own timestamp and nonce, a fresh random prefix), as is in plain mode.
 */
final class PassiveReply {
    private static final String XML = "application/xml; charset=utf-8";

    private final String token;
    private final Optional<MessageCrypto> crypto;

    PassiveReply(String appId, String token, Optional<String> aesKey) {
        this.token = Objects.requireNonNull(token, "token");
        this.crypto = aesKey.map(key -> new MessageCrypto(appId, AesKey.fromEncodingAesKey(key)));
    }

    /** @param query the push's query: {@code encrypt_type=aes} asks for a sealed reply */
    CallbackReply to(Map<String, String> query, String replyXml) {
        boolean encrypted = "aes".equalsIgnoreCase(query.get("encrypt_type"));
        if (!encrypted || crypto.isEmpty()) {
            return new CallbackReply(200, XML, replyXml);
        }
        String encrypt = crypto.get().encrypt(replyXml);
        return new CallbackReply(200, XML, EncryptedEnvelope.replyBody(token, encrypt, query.get("timestamp"), query.get("nonce")));
    }

    @Override
    public String toString() {
        return "PassiveReply[token=redacted]";
    }
}
