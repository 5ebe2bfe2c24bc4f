package io.wxmass.cli.output;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import io.wxmass.core.error.InvalidRequestException;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/** {@code --log-format}: {@code text} (logback.xml's line format) or {@code json} ({@link JsonLogEncoder}), on stderr alike. */
public enum LogFormat {
    TEXT, JSON;

    public static LogFormat parse(String value, String flag) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(flag, "text or json, was '" + value + "'");
        }
    }

    /** Makes the stderr appender of logback.xml write in this format from now on. */
    public void apply() {
        if (this == TEXT || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender("STDERR") instanceof ConsoleAppender<ILoggingEvent> console) {
            JsonLogEncoder encoder = new JsonLogEncoder();
            encoder.setContext(context);
            encoder.start();
            console.stop();
            console.setEncoder(encoder);
            console.start();
        }
    }
}
