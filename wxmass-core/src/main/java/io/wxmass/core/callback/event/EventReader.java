package io.wxmass.core.callback.event;

import io.wxmass.core.publish.PublishedArticleUrl;
import io.wxmass.core.xml.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * Turns a parsed push into a {@link CallbackEvent}. Never fails: a MASSSENDJOBFINISH or PUBLISHJOBFINISH that
 * does not read cleanly as the typed event (no MsgID or publish_id, a count that is not a number) is handed over as a
 * {@link GenericEvent} with everything it carried, rather than dropped.
 *
 * <p>Each element's children are read in one pass with a switch on the name (rather than one lookup per
 * field): this is the hot path of every push. Text is trimmed, since pretty-printed pushes indent CDATA;
 * a blank element counts as absent.
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
            } catch (NumberFormatException notTypeable) {
                return generic(header, root);
            }
        }
        if (header.event().filter(PublishJobFinished.EVENT::equalsIgnoreCase).isPresent()) {
            try {
                return publishJobFinished(header, root);
            } catch (NumberFormatException notTypeable) {
                return generic(header, root);
            }
        }
        return generic(header, root);
    }

    private static EventHeader header(XmlElement root) {
        String to = "";
        String from = "";
        String msgType = "";
        String createTime = "";
        Optional<String> event = Optional.empty();
        for (XmlElement child : root.children()) {
            switch (child.name()) {
                case "ToUserName" -> to = text(child);
                case "FromUserName" -> from = text(child);
                case "CreateTime" -> createTime = text(child);
                case "MsgType" -> msgType = text(child);
                case "Event" -> event = Optional.of(text(child)).filter(e -> !e.isEmpty());
                default -> {
                }
            }
        }
        long created;
        try {
            created = createTime.isEmpty() ? 0L : Long.parseLong(createTime);
        } catch (NumberFormatException notNumeric) {
            created = 0L;
        }
        return new EventHeader(to, from, created, msgType, event);
    }

    private static MassSendJobFinished massSendJobFinished(EventHeader header, XmlElement root) {
        String msgId = "";
        String status = "";
        int total = 0;
        int filter = 0;
        int sent = 0;
        int errors = 0;
        CopyrightCheck copyright = CopyrightCheck.EMPTY;
        List<ArticleUrl> urls = List.of();
        for (XmlElement child : root.children()) {
            switch (child.name()) {
                case "MsgID" -> msgId = text(child);
                // MsgId is what some SDKs wrongly read; accepted only when MsgID is absent.
                case "MsgId" -> msgId = msgId.isEmpty() ? text(child) : msgId;
                case "Status" -> status = text(child);
                case "TotalCount" -> total = count(child);
                case "FilterCount" -> filter = count(child);
                case "SentCount" -> sent = count(child);
                case "ErrorCount" -> errors = count(child);
                case "CopyrightCheckResult" -> copyright = copyrightCheck(child);
                case "ArticleUrlResult" -> urls = articleUrls(child);
                default -> {
                }
            }
        }
        return new MassSendJobFinished(header, Long.parseLong(msgId), JobStatus.parse(status),
                total, filter, sent, errors, copyright, urls);
    }

    /**
     * PublishEventInfo's children are snake_case, unlike MASSSENDJOBFINISH's; fail_idx repeats once per
     * failing article. Without a publish_id and a numeric publish_status the push is not typeable.
     */
    private static PublishJobFinished publishJobFinished(EventHeader header, XmlElement root) {
        XmlElement info = root.child("PublishEventInfo").orElseThrow(() -> new NumberFormatException("no PublishEventInfo"));
        String publishId = "";
        String status = "";
        Optional<String> articleId = Optional.empty();
        List<PublishedArticleUrl> detail = List.of();
        List<Integer> failIdx = new ArrayList<>();
        for (XmlElement child : info.children()) {
            switch (child.name()) {
                case "publish_id" -> publishId = text(child);
                case "publish_status" -> status = text(child);
                case "article_id" -> articleId = Optional.of(text(child)).filter(id -> !id.isEmpty());
                case "article_detail" -> detail = publishedUrls(child);
                case "fail_idx" -> failIdx.addAll(failIndexes(child));
                default -> {
                }
            }
        }
        if (publishId.isEmpty()) {
            throw new NumberFormatException("no publish_id");
        }
        return new PublishJobFinished(header, publishId, Integer.parseInt(status), articleId, detail, failIdx);
    }

    /** {@code <fail_idx>1</fail_idx>} repeated; some copies nest the numbers instead, which is read too. */
    private static List<Integer> failIndexes(XmlElement failIdx) {
        if (failIdx.children().isEmpty()) {
            String text = text(failIdx);
            return text.isEmpty() ? List.of() : List.of(Integer.parseInt(text));
        }
        List<Integer> indexes = new ArrayList<>();
        for (XmlElement child : failIdx.children()) {
            String text = text(child);
            if (!text.isEmpty()) {
                indexes.add(Integer.parseInt(text));
            }
        }
        return indexes;
    }

    private static CopyrightCheck copyrightCheck(XmlElement section) {
        int count = 0;
        OptionalInt checkState = OptionalInt.empty();
        List<CopyrightItem> items = List.of();
        for (XmlElement child : section.children()) {
            switch (child.name()) {
                case "Count" -> count = count(child);
                case "CheckState" -> checkState = optionalInt(child);
                case "ResultList" -> items = copyrightItems(child);
                default -> {
                }
            }
        }
        return new CopyrightCheck(count, checkState, items);
    }

    private static List<CopyrightItem> copyrightItems(XmlElement resultList) {
        List<CopyrightItem> items = new ArrayList<>(resultList.children().size());
        for (XmlElement item : resultList.children()) {
            if (!item.name().equals("item")) {
                continue;
            }
            OptionalInt idx = OptionalInt.empty();
            OptionalInt declare = OptionalInt.empty();
            OptionalInt audit = OptionalInt.empty();
            String url = "";
            OptionalInt type = OptionalInt.empty();
            OptionalInt reprint = OptionalInt.empty();
            OptionalInt replace = OptionalInt.empty();
            OptionalInt showSource = OptionalInt.empty();
            for (XmlElement field : item.children()) {
                switch (field.name()) {
                    case "ArticleIdx" -> idx = optionalInt(field);
                    case "UserDeclareState" -> declare = optionalInt(field);
                    case "AuditState" -> audit = optionalInt(field);
                    case "OriginalArticleUrl" -> url = text(field);
                    case "OriginalArticleType" -> type = optionalInt(field);
                    case "CanReprint" -> reprint = optionalInt(field);
                    case "NeedReplaceContent" -> replace = optionalInt(field);
                    case "NeedShowReprintSource" -> showSource = optionalInt(field);
                    default -> {
                    }
                }
            }
            items.add(new CopyrightItem(idx, declare, audit, url, type, reprint, replace, showSource));
        }
        return items;
    }

    private static List<ArticleUrl> articleUrls(XmlElement section) {
        return urlItems(section.child("ResultList").map(XmlElement::children).orElse(List.of()),
                "ArticleIdx", "ArticleUrl", ArticleUrl::new);
    }

    private static List<PublishedArticleUrl> publishedUrls(XmlElement detail) {
        return urlItems(detail.children(), "idx", "article_url", PublishedArticleUrl::new);
    }

    /** The {@code <item>}s of a list of article URLs: a 1-based index and a URL, named per event. */
    private static <T> List<T> urlItems(List<XmlElement> items, String idxName, String urlName,
                                        BiFunction<Integer, String, T> item) {
        List<T> urls = new ArrayList<>(2);
        for (XmlElement element : items) {
            if (!element.name().equals("item")) {
                continue;
            }
            int idx = 0;
            String url = "";
            for (XmlElement field : element.children()) {
                if (field.name().equals(idxName)) {
                    idx = count(field);
                } else if (field.name().equals(urlName)) {
                    url = text(field);
                }
            }
            urls.add(item.apply(idx, url));
        }
        return urls;
    }

    private static String text(XmlElement element) {
        return element.text().strip();
    }

    /** A blank count reads as 0; one that is not a number makes the event untypeable. */
    private static int count(XmlElement element) {
        String text = text(element);
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    private static OptionalInt optionalInt(XmlElement element) {
        String text = text(element);
        return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
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
