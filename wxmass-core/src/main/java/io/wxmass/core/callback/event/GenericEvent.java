package io.wxmass.core.callback.event;

import io.wxmass.core.xml.XmlElement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Any message or event other than MASSSENDJOBFINISH and PUBLISHJOBFINISH (and one of those too broken to type): every
 * top-level field as sent, plus the whole tree for nested sections. Reading one never fails.
 *
 * @param fields top-level elements without children, name → text exactly as sent, in document order
 * @param root   the whole document
 */
public record GenericEvent(EventHeader header, Map<String, String> fields, XmlElement root) implements CallbackEvent {

    public GenericEvent {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(root, "root");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    @Override
    public OptionalLong dedupeMsgId() {
        for (String name : new String[] {"MsgID", "MsgId"}) {
            Optional<String> text = root.childText(name);
            if (text.isPresent()) {
                try {
                    return OptionalLong.of(Long.parseLong(text.get()));
                } catch (NumberFormatException notNumeric) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }

    @Override
    public String toString() {
        // Fields may hold a user's message text; show what kind of push it is, not its content.
        return "GenericEvent[" + header.msgType() + header.event().map(e -> "/" + e).orElse("") + ", "
                + fields.size() + " fields]";
    }
}
