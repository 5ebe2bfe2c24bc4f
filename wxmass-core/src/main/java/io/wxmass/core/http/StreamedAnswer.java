package io.wxmass.core.http;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Reads a successful answer as its fields stream past instead of as a tree: for large answers (a page of
 * 10,000 openids) whose values can go straight to where they are used. The transport handles errcode and
 * errmsg itself (a non-zero errcode still becomes the usual {@link io.wxmass.core.error.WeChatApiException})
 * and passes every other top-level field here. A fresh instance is used for each attempt, so a retried call
 * never sees the values of an earlier one.
 *
 * @param <T> what the answer is read into
 */
public interface StreamedAnswer<T> {
    /**
     * One top-level field; the parser stands on its value, which this must consume whole
     * ({@link JsonParser#skipChildren()} for a field it does not use).
     */
    void field(String name, JsonParser value) throws IOException;

    /** What the answer said, once all its fields were read. */
    T result();
}
