package io.wxmass.campaign.console;

import io.wxmass.console.ConsoleInputException;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A form body: {@code application/x-www-form-urlencoded}, or {@code multipart/form-data} for the openid file
 * upload. Values are text (UTF-8); the first value of a repeated name counts.
 */
final class FormData {
    private final Map<String, String> fields;

    private FormData(Map<String, String> fields) {
        this.fields = fields;
    }

    static FormData parse(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/form-data")) {
            return multipart(contentType, body);
        }
        Map<String, String> out = new HashMap<>();
        String raw = new String(body, StandardCharsets.UTF_8);
        for (String pair : raw.isEmpty() ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(k, v);
            } catch (IllegalArgumentException e) {
                throw new ConsoleInputException("form: not a valid urlencoded body");
            }
        }
        return new FormData(out);
    }

    String get(String name) {
        return fields.getOrDefault(name, "");
    }

    boolean checked(String name) {
        return fields.containsKey(name) && !fields.get(name).isEmpty();
    }

    /** RFC 7578 parts, each with its name; a file part's content counts as its value. */
    private static FormData multipart(String contentType, byte[] body) {
        String boundary = null;
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                boundary = p.substring("boundary=".length()).replace("\"", "");
            }
        }
        if (boundary == null || boundary.isEmpty()) {
            throw new ConsoleInputException("form: multipart body without a boundary");
        }
        // ISO-8859-1 maps bytes 1:1, so parts can be cut by the boundary and decoded as UTF-8 afterwards.
        String all = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        Map<String, String> out = new HashMap<>();
        int at = all.indexOf(delimiter);
        while (at >= 0) {
            int start = at + delimiter.length();
            if (all.startsWith("--", start)) {
                break;
            }
            int next = all.indexOf("\r\n" + delimiter, start);
            if (next < 0) {
                throw new ConsoleInputException("form: multipart body cut short");
            }
            String part = all.substring(start, next);
            int headEnd = part.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                throw new ConsoleInputException("form: a multipart part without headers");
            }
            String name = partName(part.substring(0, headEnd));
            if (name != null) {
                out.putIfAbsent(name, utf8(part.substring(headEnd + 4)));
            }
            at = next + 2;
        }
        return new FormData(out);
    }

    private static String partName(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                int i = line.indexOf("name=\"");
                if (i >= 0) {
                    int end = line.indexOf('"', i + 6);
                    return end < 0 ? null : utf8(line.substring(i + 6, end));
                }
            }
        }
        return null;
    }

    private static String utf8(String latin1) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            throw new ConsoleInputException("form: a value is not UTF-8 text");
        }
    }
}
