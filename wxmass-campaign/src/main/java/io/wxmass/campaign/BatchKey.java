package io.wxmass.campaign;

import java.util.Objects;

/** Identifies one batch: its campaign and its number (1-based). */
public record BatchKey(String campaignId, int batchNo) {
    public BatchKey {
        Objects.requireNonNull(campaignId, "campaignId");
    }

    @Override
    public String toString() {
        return campaignId + "#" + batchNo;
    }
}
