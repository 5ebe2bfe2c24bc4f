package io.wxmass.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
    @Test
    void write_keepsNonAsciiAsUtf8Text_neverUnicodeEscapes() throws Exception {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("content", "群发 é ✓ 😀");

        byte[] json = JsonCodec.write(node);

        assertThat(new String(json, StandardCharsets.UTF_8)).isEqualTo("{\"content\":\"群发 é ✓ 😀\"}");
        assertThat(JsonCodec.read(json)).isEqualTo(node);
    }

    @Test
    void write_escapesOnlyWhatJsonRequires() {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("html", "<a href=\"x\">\n</a>");

        assertThat(new String(JsonCodec.write(node), StandardCharsets.UTF_8))
                .isEqualTo("{\"html\":\"<a href=\\\"x\\\">\\n</a>\"}");
    }
}
