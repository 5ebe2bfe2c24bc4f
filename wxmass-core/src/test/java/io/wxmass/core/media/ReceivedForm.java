package io.wxmass.core.media;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a multipart/form-data body as a server reads them, for checking what an upload sent. */
record ReceivedForm(Map<String, Field> fields) {
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    record Field(String filename, String contentType, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** Splits on the boundary from {@code contentTypeHeader}; ISO-8859-1 keeps bytes one-to-one. */
    static ReceivedForm parse(String contentTypeHeader, byte[] body) {
        String boundary = contentTypeHeader.substring(contentTypeHeader.indexOf("boundary=") + "boundary=".length());
        String all = new String(body, StandardCharsets.ISO_8859_1);
        Map<String, Field> fields = new LinkedHashMap<>();
        for (String chunk : all.split("--" + Pattern.quote(boundary))) {
            int headerEnd = chunk.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = chunk.substring(0, headerEnd);
            String content = chunk.substring(headerEnd + 4, chunk.length() - 2); // part ends with CRLF
            String contentType = null;
            for (String line : headers.split("\r\n")) {
                if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                    contentType = line.substring(13).trim();
                }
            }
            Matcher name = NAME.matcher(headers);
            Matcher filename = FILENAME.matcher(headers);
            if (name.find()) {
                fields.put(name.group(1), new Field(filename.find() ? filename.group(1) : null, contentType,
                        content.getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        return new ReceivedForm(fields);
    }
}
