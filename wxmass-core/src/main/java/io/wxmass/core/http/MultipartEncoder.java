package io.wxmass.core.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Encodes a {@link RequestBody.Multipart} as a {@code multipart/form-data} body (RFC 7578). */
final class MultipartEncoder {
    private static final byte[] CRLF = {'\r', '\n'};

    private final String boundary;

    MultipartEncoder(String boundary) {
        this.boundary = Objects.requireNonNull(boundary, "boundary");
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] encode(RequestBody.Multipart multipart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (RequestBody.Part part : multipart.parts()) {
            ascii(out, "--" + boundary);
            out.writeBytes(CRLF);
            StringBuilder disposition = new StringBuilder("Content-Disposition: form-data; name=\"")
                    .append(quote(part.name())).append('"');
            if (part.filename() != null) {
                disposition.append("; filename=\"").append(quote(part.filename())).append('"');
            }
            utf8(out, disposition.toString());
            out.writeBytes(CRLF);
            if (part.contentType() != null) {
                ascii(out, "Content-Type: " + part.contentType());
                out.writeBytes(CRLF);
            }
            out.writeBytes(CRLF);
            out.writeBytes(part.content());
            out.writeBytes(CRLF);
        }
        ascii(out, "--" + boundary + "--");
        out.writeBytes(CRLF);
        return out.toByteArray();
    }

    // Quotes and line breaks would end the header value early; RFC 7578 percent-encodes them.
    private static String quote(String value) {
        return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    private static void utf8(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
