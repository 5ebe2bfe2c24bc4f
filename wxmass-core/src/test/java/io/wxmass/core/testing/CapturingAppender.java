package io.wxmass.core.testing;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every log event of the test JVM in memory, rendered with its arguments, MDC and stack
 * trace, so a test can scan the whole run's output for secrets. Wired in logback-test.xml.
 */
public final class CapturingAppender extends AppenderBase<ILoggingEvent> {
    private static final List<String> LINES = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder()
                .append(event.getLevel()).append(' ')
                .append(event.getLoggerName()).append(" - ")
                .append(event.getFormattedMessage());
        if (!event.getMDCPropertyMap().isEmpty()) {
            line.append(' ').append(event.getMDCPropertyMap());
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(System.lineSeparator()).append(ThrowableProxyUtil.asString(thrown));
        }
        synchronized (LINES) {
            LINES.add(line.toString());
        }
    }

    /** Everything logged so far in this JVM. */
    public static List<String> lines() {
        synchronized (LINES) {
            return List.copyOf(LINES);
        }
    }

    /** Lines logged after {@code mark}, a value of {@link #size()} taken earlier. */
    public static List<String> linesSince(int mark) {
        synchronized (LINES) {
            return List.copyOf(LINES.subList(Math.min(mark, LINES.size()), LINES.size()));
        }
    }

    public static int size() {
        synchronized (LINES) {
            return LINES.size();
        }
    }
}
