package io.wxmass.core.callback;

import io.wxmass.core.xml.XmlWriter;
import java.util.Objects;

/**
 * The safe-mode wrappers (docs/platform.md §5.3): the POST body the platform sends,
 * {@code <xml><ToUserName/><Encrypt/></xml>}, and the encrypted reply,
 * {@code <xml><Encrypt/><MsgSignature/><TimeStamp/><Nonce/></xml>}.
 */
public final class EncryptedEnvelope {

    private EncryptedEnvelope() {
    }

    /** A sealed push: the POST body plus the {@code msg_signature} query parameter that goes with it. */
    public record Sealed(String body, String encrypt, String msgSignature) {
        public Sealed {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(encrypt, "encrypt");
            Objects.requireNonNull(msgSignature, "msgSignature");
        }
    }

    /** {@code msg_signature = sha1(sort(token, timestamp, nonce, encrypt))}. */
    public static String msgSignature(String token, String timestamp, String nonce, String encrypt) {
        return Signatures.sign(Objects.requireNonNull(token, "token"), Objects.requireNonNull(timestamp, "timestamp"),
                Objects.requireNonNull(nonce, "nonce"), Objects.requireNonNull(encrypt, "encrypt"));
    }

    /** The safe-mode POST body as the platform sends it. */
    public static String requestBody(String toUserName, String encrypt) {
        return XmlWriter.root("xml")
                .cdata("ToUserName", Objects.requireNonNull(toUserName, "toUserName"))
                .cdata("Encrypt", Objects.requireNonNull(encrypt, "encrypt"))
                .finish();
    }

    /** Encrypts {@code xml} and wraps it as the platform would push it (what the sandbox emits). */
    public static Sealed sealRequest(MessageCrypto crypto, String token, String toUserName, String xml,
                                     String timestamp, String nonce) {
        Objects.requireNonNull(crypto, "crypto");
        String encrypt = crypto.encrypt(Objects.requireNonNull(xml, "xml"));
        return new Sealed(requestBody(toUserName, encrypt), encrypt, msgSignature(token, timestamp, nonce, encrypt));
    }

    /** The encrypted reply body for an already encrypted {@code encrypt}. */
    public static String replyBody(String token, String encrypt, String timestamp, String nonce) {
        String signature = msgSignature(token, timestamp, nonce, encrypt);
        return XmlWriter.root("xml")
                .cdata("Encrypt", encrypt)
                .cdata("MsgSignature", signature)
                .text("TimeStamp", timestamp)
                .cdata("Nonce", nonce)
                .finish();
    }
}
