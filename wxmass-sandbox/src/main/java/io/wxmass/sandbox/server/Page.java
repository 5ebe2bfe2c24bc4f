package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.rules.Fields;

import java.util.List;

/** {@code offset} (≥ 0) and {@code count} (1–20) of draft/batchget and freepublish/batchget; else 40097. */
record Page(int offset, int count) {
    static Page read(JsonNode body) {
        long offset = Fields.optLong(body, "offset").orElse(0L);
        long count = Fields.optLong(body, "count").orElse(-1L);
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw PlatformError.withText(40097, "invalid args: offset must be 0 or more");
        }
        if (count < 1 || count > DraftEndpoints.MAX_PAGE) {
            throw PlatformError.withText(40097, "invalid args: count must be within 1.." + DraftEndpoints.MAX_PAGE);
        }
        return new Page((int) offset, (int) count);
    }

    <T> List<T> of(List<T> all) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + count));
    }
}
