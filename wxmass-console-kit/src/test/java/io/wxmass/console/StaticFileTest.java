package io.wxmass.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StaticFileTest {
    @Test
    void consoleJs_isTheLiveScript_evenForAConsoleWithoutItsOwn() {
        StaticFile js = StaticFile.find(StaticFileTest.class::getResourceAsStream, "console.js").orElseThrow();
        assertThat(js.contentType()).startsWith("text/javascript");
        assertThat(new String(js.body(), StandardCharsets.UTF_8)).contains("new EventSource(src)", "X-Console-Live");
        assertThat(js.headers()).containsEntry("Cache-Control", "max-age=300").containsEntry("X-Content-Type-Options", "nosniff");
    }

    @Test
    void find_readsOnlyPlainCssAndJsNames() {
        assertThat(StaticFile.find(StaticFile.class::getResourceAsStream, "live.js")).isPresent();
        assertThat(StaticFile.find(StaticFile.class::getResourceAsStream, "../console/live.js")).isEmpty();
        assertThat(StaticFile.find(StaticFile.class::getResourceAsStream, "Html.class")).isEmpty();
        assertThat(StaticFile.find(StaticFile.class::getResourceAsStream, "missing.css")).isEmpty();
    }
}
