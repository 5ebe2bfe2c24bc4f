package io.wxmass.sandbox.publish;

import io.wxmass.core.xml.XmlWriter;
import io.wxmass.sandbox.push.PushEvent;

import java.util.List;
import java.util.Objects;

/**
 * One PUBLISHJOBFINISH push (docs/platform.md §8.2): lower-case children under {@code PublishEventInfo};
 * article_id and article_detail only on success, one {@code fail_idx} element per failing article.
 *
 * @param articleUrls the permanent URL of each article, in order (success only)
 * @param failIdx     1-based indexes of the failing articles (status 2 and 4)
 */
record PublishFinishEvent(String toUserName, String fromUserName, long createTime, long publishId,
                                 PublishStatus status, String articleId, List<String> articleUrls,
                                 List<Integer> failIdx) implements PushEvent {
    public PublishFinishEvent {
        Objects.requireNonNull(toUserName, "toUserName");
        Objects.requireNonNull(fromUserName, "fromUserName");
        Objects.requireNonNull(status, "status");
        articleUrls = List.copyOf(Objects.requireNonNull(articleUrls, "articleUrls"));
        failIdx = List.copyOf(Objects.requireNonNull(failIdx, "failIdx"));
    }

    @Override
    public String xml() {
        return body().finish();
    }

    @Override
    public String xmlWithEncrypt(String encrypt) {
        return body().cdata("Encrypt", Objects.requireNonNull(encrypt, "encrypt")).finish();
    }

    private XmlWriter body() {
        XmlWriter xml = XmlWriter.root("xml")
                .cdata("ToUserName", toUserName)
                .cdata("FromUserName", fromUserName)
                .text("CreateTime", createTime)
                .cdata("MsgType", "event")
                .cdata("Event", "PUBLISHJOBFINISH")
                .start("PublishEventInfo")
                .text("publish_id", publishId)
                .text("publish_status", status.code());
        if (status == PublishStatus.SUCCESS) {
            xml.cdata("article_id", articleId).start("article_detail").text("count", articleUrls.size());
            for (int i = 0; i < articleUrls.size(); i++) {
                xml.start("item").text("idx", i + 1).cdata("article_url", articleUrls.get(i)).end();
            }
            xml.end();
        }
        for (int idx : failIdx) {
            xml.text("fail_idx", idx);
        }
        return xml.end();
    }
}
