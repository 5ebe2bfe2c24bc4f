package io.wxmass.bench.versus;

import io.wxmass.core.callback.event.ArticleUrl;
import io.wxmass.core.callback.event.CallbackEvent;
import io.wxmass.core.callback.event.CopyrightItem;
import io.wxmass.core.callback.event.JobStatus;
import io.wxmass.core.callback.event.MassSendJobFinished;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import me.chanjar.weixin.mp.bean.message.ArticleUrlResult;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/**
 * Field by field: did each SDK hand the application the msg_id, the counts, both copyright items (all
 * eight fields each) and both article URLs of {@link IngestFixture}'s push?
 */
record IngestCheck(String sdk, boolean msgId, String msgIdNote, boolean counts, int copyrightItemsRight,
                   int untypedCopyrightItemsRight, String copyrightNote, int articleUrlsRight) {

    boolean allRight() {
        return msgId && counts && copyrightItemsRight == IngestFixture.ITEMS && articleUrlsRight == IngestFixture.ITEMS;
    }

    static IngestCheck wxmass(CallbackEvent event) {
        if (!(event instanceof MassSendJobFinished e)) {
            return new IngestCheck("wxmass", false, "not a MassSendJobFinished: " + event.getClass().getSimpleName(),
                    false, 0, 0, "-", 0);
        }
        boolean counts = e.status() instanceof JobStatus.SendSuccess && e.totalCount() == 125000
                && e.filterCount() == 124310 && e.sentCount() == 124288 && e.errorCount() == 22;
        int items = 0;
        List<CopyrightItem> list = e.copyrightCheck().items();
        for (int i = 0; i < list.size(); i++) {
            CopyrightItem it = list.get(i);
            if (is(it.articleIdx(), i + 1) && is(it.userDeclareStateCode(), 0) && is(it.auditStateCode(), 2)
                    && it.originalArticleUrl().equals(IngestFixture.originalUrl(i + 1))
                    && is(it.originalArticleTypeCode(), 1) && is(it.canReprintCode(), 1)
                    && is(it.needReplaceContentCode(), 1) && is(it.needShowReprintSourceCode(), 1)) {
                items++;
            }
        }
        boolean checkState = is(e.copyrightCheck().checkStateCode(), 2) && e.copyrightCheck().count() == 2;
        int urls = 0;
        for (int i = 0; i < e.articleUrls().size(); i++) {
            ArticleUrl u = e.articleUrls().get(i);
            if (u.articleIdx() == i + 1 && u.articleUrl().equals(IngestFixture.articleUrl(i + 1))) {
                urls++;
            }
        }
        return new IngestCheck("wxmass", e.msgId() == IngestFixture.MSG_ID, "msgId() = " + e.msgId(), counts,
                checkState ? items : 0, checkState ? items : 0, "copyrightCheck().items(): " + list.size() + " typed items, CheckState "
                + e.copyrightCheck().checkStateCode(), urls);
    }

    static IngestCheck wxJava(WxMpXmlMessage m) {
        // MsgID lands in getMsgId(); getMassMsgId(), the field named for mass sends, stays null.
        boolean msgId = m.getMsgId() != null && m.getMsgId() == IngestFixture.MSG_ID;
        String msgIdNote = "getMsgId() = " + m.getMsgId() + ", getMassMsgId() = " + m.getMassMsgId();
        boolean counts = "send success".equals(m.getStatus()) && eq(m.getTotalCount(), 125000)
                && eq(m.getFilterCount(), 124310) && eq(m.getSentCount(), 124288) && eq(m.getErrorCount(), 22);
        List<String> copyrightGetters = Arrays.stream(WxMpXmlMessage.class.getMethods()).map(Method::getName)
                .filter(n -> n.toLowerCase().contains("copyright")).sorted().toList();
        // Without a getter the items never reach the application, whatever XStream did with the elements.
        int untyped = untypedCopyrightItems(m.getAllFieldsMap());
        String copyrightNote = (copyrightGetters.isEmpty()
                ? "WxMpXmlMessage has no copyright field"
                : "copyright getters " + copyrightGetters + " (not interpreted by this harness)")
                + "; getAllFieldsMap() holds CopyrightCheckResult as nested maps of strings";
        int urls = 0;
        ArticleUrlResult result = m.getArticleUrlResult();
        if (result != null && result.getResultList() != null) {
            for (int i = 0; i < result.getResultList().size(); i++) {
                ArticleUrlResult.Item u = result.getResultList().get(i);
                if (String.valueOf(i + 1).equals(u.getArticleIdx())
                        && IngestFixture.articleUrl(i + 1).equals(u.getArticleUrl())) {
                    urls++;
                }
            }
        }
        return new IngestCheck("WxJava", msgId, msgIdNote, counts, 0, untyped, copyrightNote, urls);
    }

    /** The items as WxJava's raw field map has them: every value a string, "item" a list only when repeated. */
    @SuppressWarnings("unchecked")
    private static int untypedCopyrightItems(Map<String, Object> all) {
        if (all == null || !(all.get("CopyrightCheckResult") instanceof Map<?, ?> check)
                || !(check.get("ResultList") instanceof Map<?, ?> list)) {
            return 0;
        }
        Object item = list.get("item");
        List<Object> items = item instanceof List<?> l ? (List<Object>) l : item == null ? List.of() : List.of(item);
        int right = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> it && String.valueOf(i + 1).equals(it.get("ArticleIdx"))
                    && "0".equals(it.get("UserDeclareState")) && "2".equals(it.get("AuditState"))
                    && IngestFixture.originalUrl(i + 1).equals(it.get("OriginalArticleUrl"))
                    && "1".equals(it.get("OriginalArticleType")) && "1".equals(it.get("CanReprint"))
                    && "1".equals(it.get("NeedReplaceContent")) && "1".equals(it.get("NeedShowReprintSource"))) {
                right++;
            }
        }
        return right;
    }

    private static boolean is(OptionalInt v, int expected) {
        return v.isPresent() && v.getAsInt() == expected;
    }

    private static boolean eq(Integer v, int expected) {
        return v != null && v == expected;
    }
}
