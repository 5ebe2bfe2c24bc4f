package io.wxmass.core.callback;

import io.wxmass.core.callback.CallbackException.Reason;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.EventReader;
import io.wxmass.core.xml.XmlElement;
import io.wxmass.core.xml.XmlException;
import io.wxmass.core.xml.XmlReader;
import java.util.Objects;

/** Reads a push's XML through the hardened {@link XmlReader}, reporting refusals as {@link CallbackException}. */
public final class CallbackParser {
    private final XmlReader reader;

    public CallbackParser(XmlReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public static CallbackParser withDefaults() {
        return new CallbackParser(XmlReader.forCallbacks());
    }

    /** The typed event in {@code xml}. */
    public CallbackEvent parse(String xml) {
        return EventReader.read(tree(xml));
    }

    /** The tree of {@code xml}; for the safe-mode wrapper, which is not an event. */
    public XmlElement tree(String xml) {
        Objects.requireNonNull(xml, "xml");
        try {
            return reader.read(xml);
        } catch (XmlException e) {
            Reason reason = switch (e.kind()) {
                case FORBIDDEN -> Reason.FORBIDDEN_XML;
                case MALFORMED -> Reason.MALFORMED_XML;
                case OVERSIZED, TOO_DEEP -> Reason.OVERSIZED;
            };
            throw new CallbackException(reason, e.getMessage(), e);
        }
    }
}
