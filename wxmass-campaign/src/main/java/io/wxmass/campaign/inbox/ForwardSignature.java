package io.wxmass.campaign.inbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a forwarded message (docs/callback-forwarding.md): {@code v1=} and the lower-hex
 * HMAC-SHA256, under the {@link ForwardKey}, of the timestamp header's value, a {@code .}, and the body's
 * bytes. The timestamp inside the signed text lets the application refuse old replays.
 */
public final class ForwardSignature {
    public static final String SIGNATURE_HEADER = "X-Wxmass-Signature";
    public static final String TIMESTAMP_HEADER = "X-Wxmass-Timestamp";
    static final String VERSION = "v1=";

    private final SecretKeySpec key;

    public ForwardSignature(ForwardKey key) {
        this.key = new SecretKeySpec(Objects.requireNonNull(key, "key").bytes(), "HmacSHA256");
    }

    /** The {@link #SIGNATURE_HEADER} value for this timestamp (unix seconds) and body. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return VERSION + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every JDK", e);
        }
    }

    /** Whether {@code header} is this key's signature of the timestamp and body, compared in constant time. */
    public boolean verify(String header, String timestamp, byte[] body) {
        if (header == null || timestamp == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(timestamp, body).getBytes(StandardCharsets.US_ASCII),
                header.strip().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "ForwardSignature[key=redacted]";
    }
}
