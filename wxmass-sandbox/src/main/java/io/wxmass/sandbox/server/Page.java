package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.rules.Fields;

import java.util.List;

/** {@code offset} (≥ 0) and {@code count} (1–20) of draft/batchget and freepublish/batchget; else 40097. */
record Page(int offset, int count) {
    /** Writes one listed item into {@code item}, its article bodies only {@code withContent}. */
    @FunctionalInterface
    interface Item<T> {
        void write(T value, boolean withContent, ObjectNode item);
    }

    /** The batchget answer for {@code all}: {@code {"total_count","item_count","item":[..]}}, paged and no_content as asked. */
    static <T> PlatformResponse answer(JsonNode body, List<T> all, Item<T> item) {
        Page page = read(body);
        boolean withContent = !Fields.flag(body, "no_content");
        ObjectNode out = Json.object().put("total_count", all.size());
        ArrayNode items = Json.MAPPER.createArrayNode();
        for (T value : page.of(all)) {
            item.write(value, withContent, items.addObject());
        }
        out.put("item_count", items.size()).set("item", items);
        return PlatformResponse.json(out);
    }

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
