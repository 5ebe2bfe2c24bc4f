package io.wxmass.core.audience;

import java.util.List;

/**
 * What a batchtagging or batchuntagging call did: every openid of the call changed except
 * {@code failedOpenIds}, which the platform listed in {@code fail_openid_list}.
 */
public record TaggingResult(List<String> failedOpenIds) {
    public TaggingResult {
        failedOpenIds = List.copyOf(failedOpenIds);
    }

    public boolean complete() {
        return failedOpenIds.isEmpty();
    }
}
