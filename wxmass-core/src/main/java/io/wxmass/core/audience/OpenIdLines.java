package io.wxmass.core.audience;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of openids as the UTF-8 text of a file with one openid a line ({@code count} lines, each ending
 * in {@code \n}), parsed straight from the answer for a caller that writes pages out (an export), plus the
 * cursor to the next page and the list's total when the answer says it. {@link #lines()} is a copy.
 */
public final class OpenIdLines {
    private final byte[] lines;
    private final int count;
    private final String nextOpenId;
    private final OptionalLong total;

    OpenIdLines(byte[] lines, int count, String nextOpenId, OptionalLong total) {
        this.lines = Objects.requireNonNull(lines, "lines");
        this.count = count;
        this.nextOpenId = Objects.requireNonNull(nextOpenId, "nextOpenId");
        this.total = Objects.requireNonNull(total, "total");
    }

    /** The page's openids, one a line, as UTF-8 bytes (a copy). */
    public byte[] lines() {
        return lines.clone();
    }

    /** The number of bytes of {@link #lines()}. */
    public int byteCount() {
        return lines.length;
    }

    /** Writes the lines without copying them. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(lines);
    }

    public int count() {
        return count;
    }

    public String nextOpenId() {
        return nextOpenId;
    }

    public OptionalLong total() {
        return total;
    }

    /** Whether no page follows this one, by the rule of {@link OpenIdPage#isLastAfter}. */
    public boolean isLastAfter(String cursor) {
        return OpenIdPage.isLast(count, nextOpenId, cursor);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpenIdLines other && count == other.count && Arrays.equals(lines, other.lines)
                && nextOpenId.equals(other.nextOpenId) && total.equals(other.total);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(lines), count, nextOpenId, total);
    }

    @Override
    public String toString() {
        return "OpenIdLines[count=" + count + ", bytes=" + lines.length + ", nextOpenId=" + nextOpenId + ", total=" + total + "]";
    }
}
