package io.wxmass.campaign.inbox;

import io.wxmass.campaign.store.Dialect;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Pushes that are no campaign event, stored by serve before they are answered, on SQLite and PostgreSQL. */
class InboxStorageTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void push_whenThePlatformRetriesIt_isStoredOnce(Dialect dialect) throws Exception {
        try (InboxRig rig = new InboxRig(dialect, folder, b -> b)) {
            String xml = InboxRig.fixture("user-text.xml");

            HttpResponse<String> first = rig.push(xml);
            HttpResponse<String> retry = rig.push(xml);

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).isEqualTo("success");
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(retry.body()).isEqualTo("success");
            assertThat(rig.store().count()).isEqualTo(1);
            InboxStore.Row row = rig.store().find("msg:23012345678901234").orElseThrow();
            assertThat(row.message().xml()).contains("hello, is the sale still on?").contains("<MsgId><![CDATA[23012345678901234]]></MsgId>");
            assertThat(row.message().fromUser()).isEqualTo("oUserA");
            assertThat(row.forwardState()).as("nothing to forward to").isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void massSendJobFinished_goesToTheCampaignListener_notTheInbox() throws Exception {
        try (InboxRig rig = new InboxRig(Dialect.SQLITE, folder, b -> b)) {
            String xml = "<xml><ToUserName><![CDATA[gh_4d00ed8d6399]]></ToUserName><FromUserName><![CDATA[oUserC]]></FromUserName>"
                    + "<CreateTime>1714037059</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[MASSSENDJOBFINISH]]></Event>"
                    + "<MsgID>1000001625</MsgID><Status><![CDATA[send success]]></Status><TotalCount>2</TotalCount><FilterCount>2</FilterCount>"
                    + "<SentCount>2</SentCount><ErrorCount>0</ErrorCount></xml>";

            HttpResponse<String> answer = rig.push(xml);

            assertThat(answer.body()).isEqualTo("success");
            assertThat(rig.campaignEvents).hasSize(1).first().isInstanceOf(io.wxmass.core.callback.event.MassSendJobFinished.class);
            assertThat(rig.store().count()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void events_areKeyedByFromUserCreateTimeAndEvent(Dialect dialect) throws Exception {
        try (InboxRig rig = new InboxRig(dialect, folder, b -> b)) {
            rig.push(InboxRig.event("oUserB", 1714037100, "subscribe"));
            rig.push(InboxRig.event("oUserB", 1714037100, "subscribe"));
            rig.push(InboxRig.event("oUserB", 1714037100, "unsubscribe"));
            rig.push(InboxRig.event("oUserB", 1714037101, "subscribe"));

            assertThat(rig.store().count()).isEqualTo(3);
            assertThat(rig.store().find("evt:oUserB#1714037100#subscribe")).isPresent();
            assertThat(rig.store().find("evt:oUserB#1714037100#unsubscribe")).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void concurrentPushes_areEachStoredOnceAndAcknowledged(Dialect dialect) throws Exception {
        try (InboxRig rig = new InboxRig(dialect, folder, b -> b)) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) { // under the per-client connection cap (32)
                String xml = InboxRig.text("oUser" + i, 5_000_000L + i, "message " + i);
                answers.add(CompletableFuture.supplyAsync(() -> push(rig, xml)));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.join().body()).isEqualTo("success");
            }
            assertThat(rig.store().count()).isEqualTo(24);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void storeFailure_answers500ToEveryPush_andAcknowledgesNone(Dialect dialect) throws Exception {
        try (InboxRig rig = new InboxRig(dialect, folder, b -> b)) {
            sql(rig, "ALTER TABLE inbox_message RENAME TO inbox_message_away");
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String xml = InboxRig.text("oUser" + i, 7_000_000L + i, "message " + i);
                answers.add(CompletableFuture.supplyAsync(() -> push(rig, xml)));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.join().statusCode()).as("no push answered before a commit that never came").isEqualTo(500);
            }
            sql(rig, "ALTER TABLE inbox_message_away RENAME TO inbox_message");
            assertThat(rig.store().count()).isZero();

            HttpResponse<String> retried = rig.push(InboxRig.text("oUser0", 7_000_000L, "message 0"));

            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(rig.store().count()).isEqualTo(1);
        }
    }

    private static HttpResponse<String> push(InboxRig rig, String xml) {
        try {
            return rig.push(xml);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sql(InboxRig rig, String statement) {
        rig.database.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(statement);
            }
            return null;
        });
    }
}
