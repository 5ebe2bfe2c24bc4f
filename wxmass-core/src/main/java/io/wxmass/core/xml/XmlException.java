package io.wxmass.core.xml;

import io.wxmass.core.error.InvalidInputException;
import java.util.Objects;

/** An XML document wxmass will not read. The message names the rule, never the document's content. */
public final class XmlException extends InvalidInputException {

    /** Which rule the document broke. */
    public enum Kind {
        /** A DOCTYPE or entity declaration: the doors to XXE and entity expansion, closed outright. */
        FORBIDDEN,
        /** Not well-formed XML. */
        MALFORMED,
        /** Longer than the reader's size limit. */
        OVERSIZED,
        /** Nested deeper than the reader's depth limit. */
        TOO_DEEP
    }

    private final Kind kind;

    public XmlException(Kind kind, String detail, Throwable cause) {
        super(Objects.requireNonNull(kind, "kind") + ": " + Objects.requireNonNull(detail, "detail"), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
