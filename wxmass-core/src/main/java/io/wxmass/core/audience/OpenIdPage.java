package io.wxmass.core.audience;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of openids and the cursor to the next; an empty {@code nextOpenId} means the last page.
 * {@code total} is the list's size when the answer says it (/user/get does, /user/tag/get does not).
 */
public record OpenIdPage(List<String> openIds, String nextOpenId, OptionalLong total) {
    public OpenIdPage {
        openIds = List.copyOf(openIds);
        Objects.requireNonNull(nextOpenId, "nextOpenId");
        Objects.requireNonNull(total, "total");
    }

    /**
     * Whether no page follows this one: an empty page, an empty cursor, or a cursor that did not move
     * from {@code cursor}, the one this page was fetched after (which would loop on a misbehaving server).
     */
    public boolean isLastAfter(String cursor) {
        return isLast(openIds.size(), nextOpenId, cursor);
    }

    static boolean isLast(int count, String nextOpenId, String cursor) {
        return count == 0 || nextOpenId.isEmpty() || nextOpenId.equals(cursor);
    }
}
