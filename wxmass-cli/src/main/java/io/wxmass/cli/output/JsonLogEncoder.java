package io.wxmass.cli.output;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --log-format json}: one JSON object per line, for log shippers. Fields: {@code time} (ISO-8601 UTC),
 * {@code level}, {@code logger}, {@code thread}, {@code message}, then every MDC entry (the worker sets
 * {@code campaign} and {@code batch} around each batch), and {@code error} with the stack trace when there is one.
 * Message and stack go through the same {@link Masking} as the text format; JSON escaping replaces the terminal
 * escaping, so a logged value cannot forge a line either way.
 */
public final class JsonLogEncoder extends EncoderBase<ILoggingEvent> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] NONE = new byte[0];
    private final ThrowableProxyConverter stack = new ThrowableProxyConverter();

    @Override
    public void start() {
        stack.setContext(getContext());
        stack.start();
        super.start();
    }

    @Override
    public byte[] headerBytes() {
        return NONE;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("thread", event.getThreadName());
        line.put("message", Masking.mask(event.getFormattedMessage()));
        event.getMDCPropertyMap().forEach((key, value) -> line.putIfAbsent(key, Masking.mask(value)));
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.put("error", Masking.mask(stack.convert(event)).strip());
        }
        try {
            byte[] json = JSON.writeValueAsBytes(line);
            byte[] out = new byte[json.length + 1];
            System.arraycopy(json, 0, out, 0, json.length);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            return ("{\"level\":\"ERROR\",\"message\":\"log line not serialisable\"}\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public byte[] footerBytes() {
        return NONE;
    }
}
