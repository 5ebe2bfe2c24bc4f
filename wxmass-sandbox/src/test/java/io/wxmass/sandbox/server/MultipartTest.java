package io.wxmass.sandbox.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.wxmass.sandbox.testing.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class MultipartTest {
    @Test
    void parse_readsNamedPartsWithBinaryBodies() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"media\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"
                + "\u0000\u0001--not-a-boundary\r\n--XyZ\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                + "{\"title\":\"t\"}\r\n--XyZ--\r\n";
        Multipart m = Multipart.parse("multipart/form-data; boundary=XyZ", body.getBytes(StandardCharsets.ISO_8859_1));
        Multipart.Part media = m.part("media").orElseThrow();
        assertThat(media.filename()).isEqualTo("a.png");
        assertThat(media.contentType()).isEqualTo("image/png");
        assertThat(media.bytes()).isEqualTo("\u0000\u0001--not-a-boundary".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(m.part("description").orElseThrow().text()).isEqualTo("{\"title\":\"t\"}");
        assertThat(m.parts()).hasSize(2);
    }

    @Test
    void parse_quotedBoundary() {
        String body = "--b 1\r\nContent-Disposition: form-data; name=\"media\"\r\n\r\nx\r\n--b 1--";
        assertThat(Multipart.parse("multipart/form-data; boundary=\"b 1\"", body.getBytes(StandardCharsets.UTF_8))
                .part("media").orElseThrow().text()).isEqualTo("x");
    }

    @Test
    void parse_notMultipart_41005() {
        assertRefused(() -> Multipart.parse("application/json", new byte[0]), 41005);
        assertRefused(() -> Multipart.parse(null, new byte[0]), 41005);
    }
}
