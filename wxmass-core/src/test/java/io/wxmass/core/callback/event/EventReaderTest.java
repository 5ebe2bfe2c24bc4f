package io.wxmass.core.callback.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.callback.Fixtures;
import io.wxmass.core.publish.PublishState;
import io.wxmass.core.publish.PublishedArticleUrl;
import io.wxmass.core.xml.XmlReader;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class EventReaderTest {

    private static CallbackEvent read(String fixture) {
        return EventReader.read(XmlReader.forCallbacks().read(Fixtures.read(fixture)));
    }

    private static MassSendJobFinished massSend(String fixture) {
        CallbackEvent event = read(fixture);
        assertThat(event).isInstanceOf(MassSendJobFinished.class);
        return (MassSendJobFinished) event;
    }

    @Test
    void read_officialExampleFromSeed_typesStatusCountsCopyrightAndUrls() {
        MassSendJobFinished e = massSend("seed-004-official-err30003.xml");

        assertThat(e.header().toUserName()).isEqualTo("gh_4d00ed8d6399");
        assertThat(e.header().fromUserName()).isEqualTo("oV5CrjpxgaGXNHIQigzNlgLTnwic");
        assertThat(e.header().createTime()).isEqualTo(1481013459L);
        assertThat(e.msgId()).isEqualTo(1000001625L);
        assertThat(e.status()).isEqualTo(new JobStatus.Err(30003, "err(30003)"));
        assertThat(((JobStatus.Err) e.status()).error()).contains(JobError.REPRINT_NOT_SENT);
        assertThat(e.totalCount()).isZero();
        assertThat(e.copyrightCheck().count()).isEqualTo(2);
        assertThat(e.copyrightCheck().checkState()).contains(CheckState.REPRINT_SENDABLE);
        assertThat(e.copyrightCheck().items()).hasSize(2);
        CopyrightItem second = e.copyrightCheck().items().get(1);
        assertThat(second.articleIdx()).hasValue(2);
        assertThat(second.originalArticleUrl()).isEqualTo("Url_2");
        assertThat(e.articleUrls()).containsExactly(new ArticleUrl(1, "Url"));
    }

    @Test
    void read_officialExample_typesEveryCopyrightItemField() {
        CopyrightItem first = massSend("seed-004-official-err30003.xml").copyrightCheck().items().get(0);

        assertThat(first.articleIdx()).hasValue(1);
        assertThat(first.userDeclareState()).contains(UserDeclareState.NOT_DECLARED);
        assertThat(first.auditStateCode()).hasValue(2);
        assertThat(first.auditState()).contains(AuditState.NOT_PASSED);
        assertThat(first.originalArticleUrl()).isEqualTo("Url_1");
        assertThat(first.originalArticleType()).contains(OriginalArticleType.ORIGINAL);
        assertThat(first.canReprint()).contains(true);
        assertThat(first.needReplaceContent()).contains(true);
        assertThat(first.needShowReprintSource()).contains(true);
    }

    @Test
    void read_specAbbreviatedOfficialExample_keepsPartialItemWithoutError() {
        MassSendJobFinished e = massSend("spec-4.3-official-example.xml");

        CopyrightItem partial = e.copyrightCheck().items().get(1);
        assertThat(partial.articleIdx()).hasValue(2);
        assertThat(partial.auditStateCode()).isEqualTo(OptionalInt.empty());
        assertThat(partial.canReprint()).isEmpty();
        assertThat(e.articleUrls()).isEmpty();
    }

    @Test
    void read_realPush2024_readsEmptyToUserNameEmptyCopyrightListAndArticleUrl() {
        MassSendJobFinished e = massSend("spec-4.3-real-push-2024.xml");

        assertThat(e.header().toUserName()).isEmpty();
        assertThat(e.msgId()).isEqualTo(3162228393L);
        assertThat(e.status()).isInstanceOf(JobStatus.SendSuccess.class);
        assertThat(e.totalCount()).isEqualTo(2);
        assertThat(e.filterCount()).isEqualTo(1);
        assertThat(e.sentCount()).isEqualTo(1);
        assertThat(e.errorCount()).isZero();
        assertThat(e.copyrightCheck().items()).isEmpty();
        assertThat(e.copyrightCheck().checkState()).contains(CheckState.NOT_REPRINT);
        assertThat(e.articleUrls()).containsExactly(new ArticleUrl(1, "http://mp.weixin.qq.com/s/YIpd..."));
        assertThat(e.dedupeKey()).isEqualTo("oaJbgjoo...#1711931950");
        assertThat(e.dedupeMsgId()).hasValue(3162228393L);
    }

    @Test
    void read_prettyPrintedSeed_stripsIndentationAndKeepsUndocumentedCheckStateZero() {
        MassSendJobFinished e = massSend("seed-003-send-success-pretty.xml");

        assertThat(e.header().toUserName()).isEqualTo("gh_6b9aa8a6f1e2");
        assertThat(e.header().event()).contains("MASSSENDJOBFINISH");
        assertThat(e.status()).isEqualTo(new JobStatus.SendSuccess("send success"));
        assertThat(e.msgId()).isEqualTo(1000000001L);
        assertThat(e.copyrightCheck().checkStateCode()).hasValue(0);
        assertThat(e.copyrightCheck().checkState()).isEmpty();
    }

    @Test
    void read_unknownEnumValues_keepsRawCodesAndReadsNoTypedValue() {
        MassSendJobFinished e = massSend("unknown-values-and-sendsuccess.xml");

        assertThat(e.status()).isEqualTo(new JobStatus.SendSuccess("sendsuccess"));
        assertThat(e.copyrightCheck().checkStateCode()).hasValue(5);
        assertThat(e.copyrightCheck().checkState()).isEmpty();
        CopyrightItem item = e.copyrightCheck().items().get(0);
        assertThat(item.userDeclareStateCode()).hasValue(7);
        assertThat(item.userDeclareState()).isEmpty();
        assertThat(item.auditState()).contains(AuditState.PASSED);
        assertThat(item.originalArticleTypeCode()).hasValue(9);
        assertThat(item.originalArticleType()).isEmpty();
        assertThat(item.canReprintCode()).hasValue(2);
        assertThat(item.canReprint()).isEmpty();
        assertThat(item.needReplaceContent()).contains(false);
    }

    @Test
    void read_userTextMessage_givesGenericEventWithExactFieldsAndMsgIdKey() {
        CallbackEvent event = read("text-message.xml");

        assertThat(event).isInstanceOf(GenericEvent.class);
        GenericEvent generic = (GenericEvent) event;
        assertThat(generic.header().msgType()).isEqualTo("text");
        assertThat(generic.header().event()).isEmpty();
        assertThat(generic.field("Content")).contains("  hello 群发  ");
        assertThat(generic.dedupeMsgId()).hasValue(23637352235060880L);
        assertThat(generic.dedupeKey()).isEqualTo("oUser2#1714037100");
        assertThat(generic.toString()).doesNotContain("hello");
    }

    @Test
    void read_otherEvent_givesGenericEventWithAllFields() {
        GenericEvent generic = (GenericEvent) read("template-send-job-finish.xml");

        assertThat(generic.header().event()).contains("TEMPLATESENDJOBFINISH");
        assertThat(generic.fields()).containsKeys("ToUserName", "FromUserName", "CreateTime", "MsgType", "Event",
                "MsgID", "Status");
        assertThat(generic.dedupeMsgId()).hasValue(200163836L);
    }

    @Test
    void read_massSendWithoutMsgIdOrNumericCounts_fallsBackToGenericEventWithoutError() {
        CallbackEvent event = read("mass-send-missing-msgid.xml");

        assertThat(event).isInstanceOf(GenericEvent.class);
        assertThat(((GenericEvent) event).field("TotalCount")).contains("abc");
        assertThat(event.dedupeMsgId()).isEmpty();
    }

    @Test
    void read_publishJobFinished_success_typesStatusArticleIdAndEveryUrl() {
        CallbackEvent event = read("publish-job-finish-success.xml");

        assertThat(event).isInstanceOf(PublishJobFinished.class);
        PublishJobFinished e = (PublishJobFinished) event;
        assertThat(e.header().event()).contains("PUBLISHJOBFINISH");
        assertThat(e.publishId()).isEqualTo("2247503051");
        assertThat(e.statusCode()).isZero();
        assertThat(e.status()).isEqualTo(PublishState.SUCCESS);
        assertThat(e.articleId()).contains("b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvy_ZGKxk");
        assertThat(e.articleDetail()).containsExactly(new PublishedArticleUrl(1, "ARTICLE_URL"),
                new PublishedArticleUrl(2, "ARTICLE_URL_2"));
        assertThat(e.failIdx()).isEmpty();
    }

    @Test
    void read_publishJobFinished_originalCheckFailed_collectsEveryRepeatedFailIdx() {
        PublishJobFinished e = (PublishJobFinished) read("publish-job-finish-original-failed.xml");

        assertThat(e.status()).isEqualTo(PublishState.ORIGINAL_CHECK_FAILED);
        assertThat(e.failIdx()).containsExactly(1, 2);
        assertThat(e.articleId()).isEmpty();
        assertThat(e.articleDetail()).isEmpty();
    }

    @Test
    void read_publishJobFinished_dedupesOnSenderAndTime_neverOnPublishIdAsAMsgId() {
        PublishJobFinished e = (PublishJobFinished) read("publish-job-finish-success.xml");

        assertThat(e.dedupeMsgId()).isEmpty();
        assertThat(e.dedupeKey()).isEqualTo("oV5CrjpxgaGXNHIQigzNlgLTnwic#1481013459");
    }

    @Test
    void read_publishJobFinishedWithUnreadableStatus_fallsBackToGenericEvent() {
        CallbackEvent event = read("publish-job-finish-no-status.xml");

        assertThat(event).isInstanceOf(GenericEvent.class);
        assertThat(event.header().event()).contains("PUBLISHJOBFINISH");
    }

    @Test
    void publishState_typesZeroToSix_andKeepsUnknownCodesReadable() {
        assertThat(java.util.stream.IntStream.rangeClosed(0, 6).mapToObj(PublishState::of).toList()).containsExactly(
                PublishState.SUCCESS, PublishState.PUBLISHING, PublishState.ORIGINAL_CHECK_FAILED, PublishState.FAILED,
                PublishState.REJECTED_BY_REVIEW, PublishState.DELETED_BY_USER, PublishState.BANNED_BY_SYSTEM);
        assertThat(PublishState.of(7)).isEqualTo(PublishState.UNKNOWN);
        assertThat(PublishState.of(-1)).isEqualTo(PublishState.UNKNOWN);
        assertThat(PublishState.PUBLISHING.finished()).isFalse();
    }
}
