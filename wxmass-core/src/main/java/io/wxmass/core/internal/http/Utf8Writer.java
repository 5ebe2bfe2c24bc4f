package io.wxmass.core.internal.http;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link Writer} that encodes straight into UTF-8 bytes kept in chunks, for {@link JsonCodec#write}: a
 * 10,000-openid send body went through the generator's segments, a String and {@code getBytes}, about four
 * times its size in garbage; this keeps about two. A surrogate pair (an emoji) becomes one 4-byte sequence,
 * even when its halves arrive in two writes; a lone surrogate becomes {@code ?}, as {@code String.getBytes} does.
 */
final class Utf8Writer extends Writer {
    // Small first chunks for the many small bodies (a status query is 20 bytes), then fixed ones.
    private static final int FIRST = 256;
    private static final int CHUNK = 8192;

    private final List<byte[]> full = new ArrayList<>();
    private byte[] chunk = new byte[FIRST];
    private int at;
    private int total;
    private char pendingHigh;

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = chars[i];
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    put(0xF0 | (cp >> 18));
                    put(0x80 | ((cp >> 12) & 0x3F));
                    put(0x80 | ((cp >> 6) & 0x3F));
                    put(0x80 | (cp & 0x3F));
                    continue;
                }
                put('?');
            }
            if (c < 0x80) {
                put(c);
            } else if (c < 0x800) {
                put(0xC0 | (c >> 6));
                put(0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                put('?');
            } else {
                put(0xE0 | (c >> 12));
                put(0x80 | ((c >> 6) & 0x3F));
                put(0x80 | (c & 0x3F));
            }
        }
    }

    @Override
    public void write(String s, int offset, int length) {
        write(s.toCharArray(), offset, length); // not on Jackson's path, which writes char arrays
    }

    private void put(int b) {
        if (at == chunk.length) {
            full.add(chunk);
            chunk = new byte[full.size() == 1 ? 1024 : CHUNK];
            at = 0;
        }
        chunk[at++] = (byte) b;
        total++;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
    }

    byte[] toByteArray() {
        close();
        if (full.isEmpty()) {
            return Arrays.copyOf(chunk, at);
        }
        byte[] out = new byte[total];
        int pos = 0;
        for (byte[] c : full) {
            System.arraycopy(c, 0, out, pos, c.length);
            pos += c.length;
        }
        System.arraycopy(chunk, 0, out, pos, at);
        return out;
    }
}
