package io.wxmass.core.audience;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing buffer of lines as UTF-8 bytes, filled from characters without a String per line. */
final class Utf8Lines {
    // A page of 10,000 openids of 28 characters and a newline: one growth step at most.
    private byte[] bytes = new byte[1 << 18];
    private int size;
    private int count;

    void add(char[] chars, int offset, int length) {
        ensure(length + 1);
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                // Openids are ASCII; anything else takes the JDK's encoder (surrogate pairs included).
                addEncoded(new String(chars, i, end - i));
                return;
            }
            bytes[size++] = (byte) c;
        }
        bytes[size++] = '\n';
        count++;
    }

    private void addEncoded(String rest) {
        byte[] encoded = rest.getBytes(StandardCharsets.UTF_8);
        ensure(encoded.length + 1);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
        bytes[size++] = '\n';
        count++;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    int count() {
        return count;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
