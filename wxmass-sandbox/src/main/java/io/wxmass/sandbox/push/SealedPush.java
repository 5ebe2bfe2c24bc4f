package io.wxmass.sandbox.push;

import io.wxmass.core.callback.AesKey;
import io.wxmass.core.callback.EncryptedEnvelope;
import io.wxmass.core.callback.MessageCrypto;
import io.wxmass.core.callback.Signatures;
import io.wxmass.sandbox.delivery.CallbackTarget;
import io.wxmass.sandbox.delivery.EncryptMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A push ready to post: the callback URL with {@code signature}, {@code timestamp}, {@code nonce} (and in
 * compatible/safe mode {@code encrypt_type=aes}, {@code msg_signature}) and the body for the target's mode.
 * Signing and encryption are core's (docs/platform.md §5.2, 5.3).
 */
record SealedPush(String uri, String body) {
    public SealedPush {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
    }

    public static SealedPush seal(PushEvent event, CallbackTarget target, String timestamp, String nonce) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(nonce, "nonce");
        if (!target.enabled()) {
            throw new IllegalArgumentException("target has no callback url");
        }
        StringBuilder uri = new StringBuilder(target.url()).append(target.url().contains("?") ? '&' : '?')
                .append("signature=").append(Signatures.sign(target.token(), timestamp, nonce))
                .append("&timestamp=").append(encode(timestamp))
                .append("&nonce=").append(encode(nonce));
        String plain = event.xml();
        if (target.mode() == EncryptMode.PLAIN) {
            return new SealedPush(uri.toString(), plain);
        }
        MessageCrypto crypto = new MessageCrypto(target.appId(), AesKey.fromEncodingAesKey(target.encodingAesKey()));
        String body;
        String msgSignature;
        if (target.mode() == EncryptMode.SAFE) {
            EncryptedEnvelope.Sealed sealed =
                    EncryptedEnvelope.sealRequest(crypto, target.token(), event.toUserName(), plain, timestamp, nonce);
            body = sealed.body();
            msgSignature = sealed.msgSignature();
        } else {
            String encrypt = crypto.encrypt(plain);
            body = event.xmlWithEncrypt(encrypt);
            msgSignature = EncryptedEnvelope.msgSignature(target.token(), timestamp, nonce, encrypt);
        }
        uri.append("&encrypt_type=aes&msg_signature=").append(msgSignature);
        return new SealedPush(uri.toString(), body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "SealedPush[" + body.length() + " chars]";
    }
}
