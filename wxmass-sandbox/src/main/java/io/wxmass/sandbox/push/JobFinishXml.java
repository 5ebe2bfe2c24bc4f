package io.wxmass.sandbox.push;

import io.wxmass.core.xml.XmlWriter;
import io.wxmass.sandbox.delivery.CopyrightItem;
import java.util.Objects;

/** Writes a {@link JobFinishEvent} in the element order of docs/platform.md §4.3. */
final class JobFinishXml {

    private JobFinishXml() {
    }

    /** The plain push body. */
    public static String write(JobFinishEvent event) {
        return body(event).finish();
    }

    /** The compatible-mode body: every plain element plus {@code Encrypt} (docs/platform.md §5.2). */
    public static String writeWithEncrypt(JobFinishEvent event, String encrypt) {
        return body(event).cdata("Encrypt", Objects.requireNonNull(encrypt, "encrypt")).finish();
    }

    private static XmlWriter body(JobFinishEvent e) {
        Objects.requireNonNull(e, "event");
        XmlWriter xml = XmlWriter.root("xml")
                .cdata("ToUserName", e.toUserName())
                .cdata("FromUserName", e.fromUserName())
                .text("CreateTime", e.createTime())
                .cdata("MsgType", "event")
                .cdata("Event", "MASSSENDJOBFINISH")
                .text("MsgID", e.msgId())
                .cdata("Status", e.status())
                .text("TotalCount", e.totalCount())
                .text("FilterCount", e.filterCount())
                .text("SentCount", e.sentCount())
                .text("ErrorCount", e.errorCount());
        xml.start("CopyrightCheckResult").text("Count", e.copyrightItems().size()).start("ResultList");
        for (CopyrightItem item : e.copyrightItems()) {
            xml.start("item")
                    .text("ArticleIdx", item.articleIdx())
                    .text("UserDeclareState", item.userDeclareState())
                    .text("AuditState", item.auditState())
                    .cdata("OriginalArticleUrl", item.originalArticleUrl())
                    .text("OriginalArticleType", item.originalArticleType())
                    .text("CanReprint", item.canReprint())
                    .text("NeedReplaceContent", item.needReplaceContent())
                    .text("NeedShowReprintSource", item.needShowReprintSource())
                    .end();
        }
        xml.end().text("CheckState", e.checkState()).end();
        if (!e.articleUrls().isEmpty()) {
            xml.start("ArticleUrlResult").text("Count", e.articleUrls().size()).start("ResultList");
            for (int i = 0; i < e.articleUrls().size(); i++) {
                xml.start("item").text("ArticleIdx", i + 1).cdata("ArticleUrl", e.articleUrls().get(i)).end();
            }
            xml.end().end();
        }
        return xml;
    }
}
