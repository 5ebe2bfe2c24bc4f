package io.wxmass.core.message;

import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.internal.message.Require;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * How a send is made: its clientmsgid (what makes re-posting safe) and send_ignore_reprint.
 *
 * <p>Keep one {@code SendOptions} per intended send and reuse it when retrying that send: the same
 * clientmsgid is what lets the platform answer 45065 with the existing job instead of sending twice.
 *
 * @param clientMsgId        at most {@value #MAX_CLIENT_MSG_ID_BYTES} bytes of UTF-8 (docs/platform.md D1)
 * @param sendIgnoreReprint  true continues a send whose article is judged a reprint (when the original allows it)
 */
public record SendOptions(String clientMsgId, boolean sendIgnoreReprint) {
    public static final int MAX_CLIENT_MSG_ID_BYTES = 32;

    /** 18 random bytes give 24 base64url characters: always the same length, well under the limit. */
    private static final int GENERATED_ID_RANDOM_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    public SendOptions {
        Require.nonBlank(clientMsgId, "clientmsgid");
        int bytes = clientMsgId.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_CLIENT_MSG_ID_BYTES) {
            throw new InvalidRequestException("clientmsgid",
                    "at most " + MAX_CLIENT_MSG_ID_BYTES + " bytes of UTF-8, was " + bytes);
        }
    }

    /** A freshly generated clientmsgid, send_ignore_reprint off. */
    public static SendOptions generated() {
        return new SendOptions(generateClientMsgId(), false);
    }

    /** The caller's own clientmsgid (e.g. derived from a campaign batch), send_ignore_reprint off. */
    public static SendOptions withClientMsgId(String clientMsgId) {
        return new SendOptions(clientMsgId, false);
    }

    public SendOptions ignoreReprint(boolean sendIgnoreReprint) {
        return new SendOptions(clientMsgId, sendIgnoreReprint);
    }

    static String generateClientMsgId() {
        byte[] random = new byte[GENERATED_ID_RANDOM_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
