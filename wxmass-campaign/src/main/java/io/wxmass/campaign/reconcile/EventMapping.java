package io.wxmass.campaign.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.campaign.JobCounts;
import io.wxmass.campaign.JobFinishedEvent;
import io.wxmass.core.callback.event.ArticleUrl;
import io.wxmass.core.callback.event.CopyrightItem;
import io.wxmass.core.callback.event.MassSendJobFinished;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/** Reduces core's typed event to what a campaign stores. */
final class EventMapping {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventMapping() {
    }

    static JobFinishedEvent of(MassSendJobFinished event) {
        List<String> urls = event.articleUrls().stream()
                .sorted(Comparator.comparingInt(ArticleUrl::articleIdx))
                .map(ArticleUrl::articleUrl)
                .toList();
        // FromUserName + CreateTime alone collide for two jobs finishing in the same second; with the
        // MsgID the key still matches every retry of one push, and nothing else.
        return new JobFinishedEvent(event.dedupeKey() + "#" + event.msgId(), event.msgId(), event.status().raw(),
                new JobCounts(event.totalCount(), event.filterCount(), event.sentCount(), event.errorCount()),
                event.copyrightCheck().checkStateCode(), copyright(event.copyrightCheck().items()), urls);
    }

    private static String copyright(List<CopyrightItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        ArrayNode array = MAPPER.createArrayNode();
        for (CopyrightItem item : items) {
            ObjectNode node = array.addObject();
            put(node, "articleIdx", item.articleIdx());
            put(node, "userDeclareState", item.userDeclareStateCode());
            put(node, "auditState", item.auditStateCode());
            node.put("originalArticleUrl", item.originalArticleUrl());
            put(node, "originalArticleType", item.originalArticleTypeCode());
            put(node, "canReprint", item.canReprintCode());
            put(node, "needReplaceContent", item.needReplaceContentCode());
            put(node, "needShowReprintSource", item.needShowReprintSourceCode());
        }
        return array.toString();
    }

    private static void put(ObjectNode node, String field, OptionalInt value) {
        if (value.isPresent()) {
            node.put(field, value.getAsInt());
        }
    }
}
