package io.wxmass.core.callback;

import java.util.HashMap;
import java.util.Map;

/** A push signed the way the platform signs it, for handler tests. */
record SignedPush(Map<String, String> query, String body) {
    static final String TOKEN = "AAAAA";
    static final String APP_ID = MessageCryptoTest.APP_ID;

    static SignedPush plain(String xml, long timestamp, String nonce) {
        Map<String, String> query = new HashMap<>();
        query.put("signature", Signatures.sign(TOKEN, Long.toString(timestamp), nonce));
        query.put("timestamp", Long.toString(timestamp));
        query.put("nonce", nonce);
        return new SignedPush(query, xml);
    }

    static SignedPush safe(MessageCrypto crypto, String xml, long timestamp, String nonce) {
        return safeEncrypt(crypto.encrypt(xml), timestamp, nonce);
    }

    /** Wraps an already computed Encrypt value, signing it as it stands (tampered or not). */
    static SignedPush safeEncrypt(String encrypt, long timestamp, String nonce) {
        SignedPush plain = plain(EncryptedEnvelope.requestBody("gh_test", encrypt), timestamp, nonce);
        plain.query.put("encrypt_type", "aes");
        plain.query.put("msg_signature",
                EncryptedEnvelope.msgSignature(TOKEN, Long.toString(timestamp), nonce, encrypt));
        return plain;
    }

    SignedPush with(String name, String value) {
        Map<String, String> copy = new HashMap<>(query);
        copy.put(name, value);
        return new SignedPush(copy, body);
    }
}
