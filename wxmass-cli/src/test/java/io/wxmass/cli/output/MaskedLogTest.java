package io.wxmass.cli.output;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskedLogTest {
    private static LoggingEvent event(String message, Throwable error, Object... args) {
        LoggerContext context = new LoggerContext();
        return new LoggingEvent("x", context.getLogger("test"), Level.WARN, message, error, args);
    }

    @Test
    void message_withAUrlHoldingAPasswordOrANewline_isMaskedAndKeptOnOneLine() {
        String line = new MaskedMessageConverter().convert(event("cannot reach {}\nFORGED line", null, "redis://app:hunter2@h:6379"));

        assertThat(line).isEqualTo("cannot reach redis://app:***@h:6379\\u000AFORGED line");
    }

    @Test
    void stackTrace_whoseMessageHoldsAUrlWithAPassword_isMasked() {
        MaskedThrowableConverter converter = new MaskedThrowableConverter();
        converter.start();

        String trace = converter.convert(event("failed", new IllegalStateException("jdbc:postgresql://app:hunter2@db/wx")));

        assertThat(trace).contains("app:***@db").doesNotContain("hunter2");
    }
}
