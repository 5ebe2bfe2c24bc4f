package io.wxmass.sandbox.server;

import io.wxmass.sandbox.platform.PlatformError;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small multipart/form-data reader: enough for the platform's upload endpoints (field {@code media}). */
final class Multipart {
    /** One form part. */
    public record Part(String name, String filename, String contentType, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]+)\\1");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");

    private final List<Part> parts;

    private Multipart(List<Part> parts) {
        this.parts = parts;
    }

    /** Parses the body of a multipart request; 41005 (media data missing) when it is not one. */
    public static Multipart parse(String contentType, byte[] body) {
        Matcher m = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (m == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/") || !m.find()) {
            throw PlatformError.of(41005, "media data missing");
        }
        byte[] delimiter = ("--" + m.group(2)).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break; // closing delimiter
            }
            start = skipLineEnd(body, start);
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                break;
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            part(body, start, end).ifPresent(parts::add);
            at = next;
        }
        return new Multipart(parts);
    }

    public Optional<Part> part(String name) {
        return parts.stream().filter(p -> name.equals(p.name())).findFirst();
    }

    public List<Part> parts() {
        return List.copyOf(parts);
    }

    private static Optional<Part> part(byte[] body, int start, int end) {
        int headerEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
        int sep = 4;
        if (headerEnd < 0 || headerEnd > end) {
            headerEnd = indexOf(body, "\n\n".getBytes(StandardCharsets.ISO_8859_1), start);
            sep = 2;
        }
        if (headerEnd < 0 || headerEnd > end) {
            return Optional.empty();
        }
        String headers = new String(body, start, headerEnd - start, StandardCharsets.UTF_8);
        String name = null;
        String filename = null;
        String type = null;
        for (String line : headers.split("\r?\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                Matcher n = NAME.matcher(line);
                name = n.find() ? n.group(1) : null;
                Matcher f = FILENAME.matcher(line);
                filename = f.find() ? f.group(1) : null;
            } else if (lower.startsWith("content-type:")) {
                type = line.substring(line.indexOf(':') + 1).trim();
            }
        }
        int from = headerEnd + sep;
        byte[] bytes = java.util.Arrays.copyOfRange(body, from, Math.max(from, end));
        return name == null ? Optional.empty() : Optional.of(new Part(name, filename, type, bytes));
    }

    private static int skipLineEnd(byte[] b, int i) {
        if (i < b.length && b[i] == '\r') {
            i++;
        }
        if (i < b.length && b[i] == '\n') {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
