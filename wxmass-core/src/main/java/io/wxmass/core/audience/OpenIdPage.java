package io.wxmass.core.audience;

import java.util.List;
import java.util.Objects;

/**
 * One page of openids and the cursor to the next; an empty {@code nextOpenId} means the last page.
 */
record OpenIdPage(List<String> openIds, String nextOpenId) {
    OpenIdPage {
        openIds = List.copyOf(openIds);
        Objects.requireNonNull(nextOpenId, "nextOpenId");
    }
}
