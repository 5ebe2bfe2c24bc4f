package io.wxmass.campaign;

import io.wxmass.core.message.SendOptions;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Derives a batch's clientmsgid from its campaign and number alone, so every attempt at the batch,
 * by any worker, after any crash, carries the same id and the platform dedupes it (45065).
 */
public final class ClientMsgIds {
    private static final String PREFIX = "wxm";

    private ClientMsgIds() {
    }

    /** {@code wxm<campaignId>-<batchNo>}: at most 32 bytes for campaign ids up to 18 characters. */
    public static String of(String campaignId, int batchNo) {
        Objects.requireNonNull(campaignId, "campaignId");
        if (batchNo < 1) {
            throw new IllegalArgumentException("batchNo must be 1 or more, was " + batchNo);
        }
        String id = PREFIX + campaignId + "-" + batchNo;
        if (id.getBytes(StandardCharsets.UTF_8).length > SendOptions.MAX_CLIENT_MSG_ID_BYTES) {
            throw new IllegalArgumentException("campaign id " + campaignId + " is too long for a "
                    + SendOptions.MAX_CLIENT_MSG_ID_BYTES + "-byte clientmsgid");
        }
        return id;
    }
}
