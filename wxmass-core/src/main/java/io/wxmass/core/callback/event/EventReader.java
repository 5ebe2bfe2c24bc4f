package io.wxmass.core.callback.event;

import io.wxmass.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns a parsed push into a {@link CallbackEvent}. Never fails: a MASSSENDJOBFINISH that does not read
 * cleanly as the typed event (no MsgID, a count that is not a number) is handed over as a
 * {@link GenericEvent} with everything it carried, rather than dropped.
 */
public final class EventReader {

    private EventReader() {
    }

    public static CallbackEvent read(XmlElement root) {
        Objects.requireNonNull(root, "root");
        EventHeader header = header(root);
        if (header.event().filter(MassSendJobFinished.EVENT::equalsIgnoreCase).isPresent()) {
            try {
                return massSendJobFinished(header, root);
            } catch (NumberFormatException | java.util.NoSuchElementException notTypeable) {
                return generic(header, root);
            }
        }
        return generic(header, root);
    }

    private static EventHeader header(XmlElement root) {
        long createTime;
        try {
            createTime = root.childText("CreateTime").map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException notNumeric) {
            createTime = 0L;
        }
        return new EventHeader(
                root.childText("ToUserName").orElse(""),
                root.childText("FromUserName").orElse(""),
                createTime,
                root.childText("MsgType").orElse(""),
                root.childText("Event"));
    }

    private static MassSendJobFinished massSendJobFinished(EventHeader header, XmlElement root) {
        // MsgID is the documented name; MsgId is what some SDKs wrongly read, accepted as a fallback.
        long msgId = Long.parseLong(root.childText("MsgID").or(() -> root.childText("MsgId")).orElseThrow());
        return new MassSendJobFinished(header, msgId,
                JobStatus.parse(root.childText("Status").orElse("")),
                count(root, "TotalCount"), count(root, "FilterCount"), count(root, "SentCount"),
                count(root, "ErrorCount"),
                root.child("CopyrightCheckResult").map(EventReader::copyrightCheck).orElse(CopyrightCheck.EMPTY),
                root.child("ArticleUrlResult").map(EventReader::articleUrls).orElse(List.of()));
    }

    private static CopyrightCheck copyrightCheck(XmlElement section) {
        List<CopyrightItem> items = new ArrayList<>();
        for (XmlElement item : resultItems(section)) {
            items.add(new CopyrightItem(
                    optionalInt(item, "ArticleIdx"),
                    optionalInt(item, "UserDeclareState"),
                    optionalInt(item, "AuditState"),
                    item.childText("OriginalArticleUrl").orElse(""),
                    optionalInt(item, "OriginalArticleType"),
                    optionalInt(item, "CanReprint"),
                    optionalInt(item, "NeedReplaceContent"),
                    optionalInt(item, "NeedShowReprintSource")));
        }
        return new CopyrightCheck(count(section, "Count"), optionalInt(section, "CheckState"), items);
    }

    private static List<ArticleUrl> articleUrls(XmlElement section) {
        List<ArticleUrl> urls = new ArrayList<>();
        for (XmlElement item : resultItems(section)) {
            urls.add(new ArticleUrl(count(item, "ArticleIdx"), item.childText("ArticleUrl").orElse("")));
        }
        return urls;
    }

    private static List<XmlElement> resultItems(XmlElement section) {
        return section.child("ResultList").map(list -> list.children("item")).orElse(List.of());
    }

    /** An absent or blank count reads as 0; a count that is not a number makes the event untypeable. */
    private static int count(XmlElement parent, String name) {
        return parent.childText(name).map(Integer::parseInt).orElse(0);
    }

    private static OptionalInt optionalInt(XmlElement parent, String name) {
        Optional<String> text = parent.childText(name);
        return text.isPresent() ? OptionalInt.of(Integer.parseInt(text.get())) : OptionalInt.empty();
    }

    private static GenericEvent generic(EventHeader header, XmlElement root) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (XmlElement child : root.children()) {
            if (child.children().isEmpty()) {
                fields.putIfAbsent(child.name(), child.text());
            }
        }
        return new GenericEvent(header, fields, root);
    }
}
