package io.wxmass.sandbox.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Spec 2.4: without a clientmsgid the platform dedupes on a digest of (send scope, send content).
 * Keys are prefixed so a digest can never equal a developer's clientmsgid.
 */
public final class ContentDigest {
    private ContentDigest() {
    }

    /** The dedupe key of a request: its clientmsgid, or the digest of audience and content. */
    public static String key(String clientMsgId, Audience audience, MassContent content) {
        if (clientMsgId != null && !clientMsgId.isEmpty()) {
            return "id:" + clientMsgId;
        }
        return "digest:" + sha256(audience.scope() + '\u0001' + content.canonical());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
