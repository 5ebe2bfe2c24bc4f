package io.wxmass.cli.output;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %maskedMsg} in logback.xml: a log message as the CLI prints everything else on stderr, through
 * {@link Masking#mask(String)} and {@link TerminalText#escape(String)}, so a library logging a URL cannot print its
 * password and a logged value cannot forge log lines.
 */
// Public: logback.xml names it and logback instantiates it by reflection.
public final class MaskedMessageConverter extends ClassicConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return TerminalText.escape(Masking.mask(event.getFormattedMessage()));
    }
}
