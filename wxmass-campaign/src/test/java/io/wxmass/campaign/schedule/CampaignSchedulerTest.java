package io.wxmass.campaign.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxmass.campaign.Actor;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.serve.CallbackHandlers;
import io.wxmass.campaign.serve.ReceiverServer;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.platform.CallbackSettings;
import io.wxmass.sandbox.push.PushAttempt;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resident sender inside the receiver service, against the real sandbox over HTTP: the platform's contract is
 * that a push is answered within 5 s (the sandbox gives up after 5 s and records a timeout), and it must hold while
 * the scheduler sends a 20-batch campaign and REST calls keep arriving.
 */
class CampaignSchedulerTest {
    private static final String TOKEN = "schedulerTestToken";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void callbacks_whileTheSchedulerSends20BatchesAndRestCallsArrive_areEachAnsweredWithinFiveSeconds() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().followers(200).instant(true).start()) {
            WxMass wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                    .baseUrl(sandbox.baseUrl()).build());
            CampaignService service = CampaignService.builder(Database.sqlite(folder.resolve("s.db")).migrate(), wx)
                    .batchSize(10).build();
            try (CampaignScheduler scheduler = CampaignScheduler.builder(service).tick(Duration.ofMillis(100)).build().start();
                 ReceiverServer server = ReceiverServer.builder().port(0).callbackHandler(CallbackHandlers.forReconciler(
                         service.reconciler(), sandbox.appId(), TOKEN, Optional.of(AES_KEY), true))
                         .campaigns(service).build().start()) {
                sandbox.account().callback(new CallbackSettings(server.callbackUrl(), TOKEN, AES_KEY, "safe"));
                List<String> followers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    followers.add(sandbox.account().followers().openId(i));
                }
                String body = "{\"name\":\"twenty\",\"message\":{\"type\":\"text\",\"content\":\"hi\"},"
                        + "\"audience\":{\"type\":\"openids\",\"openIds\":" + JSON.writeValueAsString(followers) + "}}";
                String id = JSON.readTree(call("POST", server.apiUrl(), body).body()).get("id").asText();
                call("POST", server.apiUrl() + "/" + id + "/approve", "");

                AtomicBoolean done = new AtomicBoolean();
                ConcurrentLinkedQueue<Integer> restStatuses = new ConcurrentLinkedQueue<>();
                Thread rest = new Thread(() -> {
                    while (!done.get()) {
                        try {
                            restStatuses.add(call("GET", server.apiUrl() + "/" + id, null).statusCode());
                            restStatuses.add(call("GET", server.apiUrl() + "/" + id + "/batches", null).statusCode());
                        } catch (Exception e) {
                            restStatuses.add(-1);
                        }
                    }
                }, "rest-caller");
                rest.start();
                HttpResponse<String> sent = call("POST", server.apiUrl() + "/" + id + "/send", "");
                CampaignTotals totals = awaitFinished(service, sandbox, id);
                done.set(true);
                rest.join();

                assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
                assertThat(totals.batchesIn(BatchState.FINISHED)).isEqualTo(20);
                assertThat(scheduler.leading()).isTrue();
                assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(20);
                List<PushAttempt> pushes = sandbox.admin().pushAttempts(sandbox.appId());
                assertThat(pushes).hasSize(20).allSatisfy(p -> {
                    assertThat(p.outcome()).as("push for %d", p.msgId()).isEqualTo(PushAttempt.ACCEPTED);
                    assertThat(p.attempt()).isEqualTo(1);
                });
                assertThat(restStatuses).isNotEmpty().containsOnly(200);
                Set<Long> msgIds = Set.copyOf(service.batches(id).stream().map(b -> b.msgId().getAsLong()).toList());
                for (String openId : followers) {
                    assertThat(sandbox.admin().inbox(sandbox.appId(), openId).stream().filter(e -> msgIds.contains(e.msgId())))
                            .as("copies for %s", openId).hasSize(1);
                }
            }
        }
    }

    @Test
    void twoSchedulersOnOneStore_oneSends_theOtherTakesOverWhenItStops_andAScheduledCampaignWaitsForItsTime()
            throws Exception {
        try (Sandbox sandbox = Sandbox.builder().followers(60).instant(true).start()) {
            WxMass wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                    .baseUrl(sandbox.baseUrl()).build());
            Database db = Database.sqlite(folder.resolve("two.db")).migrate();
            CampaignService first = CampaignService.builder(db, wx).batchSize(10).build();
            CampaignService second = CampaignService.builder(db, wx).batchSize(10).build();
            CampaignScheduler a = CampaignScheduler.builder(first).tick(Duration.ofMillis(50)).build().start();
            try (CampaignScheduler b = CampaignScheduler.builder(second).tick(Duration.ofMillis(50)).build().start()) {
                String one = approved(first, sandbox, 0, 30, null);
                awaitSubmitted(first, one, 3);

                assertThat(a.leading() ^ b.leading()).as("exactly one scheduler holds the account").isTrue();
                CampaignScheduler leader = a.leading() ? a : b;
                CampaignScheduler standby = leader == a ? b : a;
                leader.close();
                Instant later = Instant.now().plusMillis(500);
                String two = approved(second, sandbox, 30, 30, later);
                awaitSubmitted(second, two, 3);

                assertThat(standby.leading()).isTrue();
                assertThat(second.batches(two)).allSatisfy(batch ->
                        assertThat(batch.firstAttemptAt().orElseThrow()).isAfterOrEqualTo(later));
                assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(6);
            } finally {
                a.close();
            }
        }
    }

    @Test
    void run_whileTheSchedulerIsTheAccountsSender_sendsNothingItself_andReturnsWhenTheSchedulerSentItAll()
            throws Exception {
        try (Sandbox sandbox = Sandbox.builder().followers(40).instant(true).start()) {
            WxMass wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                    .baseUrl(sandbox.baseUrl()).build());
            Database db = Database.sqlite(folder.resolve("follow.db")).migrate();
            CampaignService resident = CampaignService.builder(db, wx).batchSize(10).build();
            CampaignService cli = CampaignService.builder(db, wx).batchSize(10).build();
            try (CampaignScheduler scheduler = CampaignScheduler.builder(resident).tick(Duration.ofMillis(50)).build()
                    .start()) {
                long giveUp = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!scheduler.leading() && System.nanoTime() < giveUp) {
                    Thread.sleep(10);
                }
                assertThat(scheduler.leading()).isTrue();
                String id = approved(cli, sandbox, 0, 40, null);

                cli.run(id);

                assertThat(cli.batches(id)).hasSize(4).allSatisfy(b -> {
                    assertThat(b.msgId()).isPresent();
                    assertThat(b.leaseOwner()).isEmpty();
                });
                assertThat(cli.batches(id)).allSatisfy(b -> assertThat(b.attempts()).isEqualTo(1));
                assertThat(sandbox.admin().jobs(sandbox.appId())).hasSize(4);
                assertThat(scheduler.leading()).isTrue();
                // Every batch was claimed under the scheduler's token: the run claimed none (it would stamp no token).
                List<Long> offsets = db.read(c -> {
                    List<Long> fences = new ArrayList<>();
                    try (var ps = c.prepareStatement("SELECT b.fence, l.fence FROM campaign_batch b JOIN account_lease l "
                            + "ON l.app_id = b.app_id WHERE b.campaign_id = ?")) {
                        ps.setString(1, id);
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) {
                                fences.add(rs.getObject(1) == null ? -1L : rs.getLong(1) - rs.getLong(2));
                            }
                        }
                    }
                    return fences;
                });
                assertThat(offsets).containsExactly(0L, 0L, 0L, 0L);
            }
        }
    }

    private static String approved(CampaignService service, Sandbox sandbox, int from, int count, Instant at) {
        List<String> openIds = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            openIds.add(sandbox.account().followers().openId(i));
        }
        var spec = CampaignSpec.builder("c", MassMessage.text("hi"),
                AudienceSpec.openIds(openIds));
        if (at != null) {
            spec.scheduledAt(at);
        }
        String id = service.create(spec.build()).id();
        service.approve(id, Actor.cli("test"));
        return id;
    }

    /** Bounded wait (30 s) until {@code batches} batches were accepted by the platform. */
    private static void awaitSubmitted(CampaignService service, String id, int batches) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (service.batches(id).stream().filter(b -> b.msgId().isPresent()).count() < batches
                && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        assertThat(service.batches(id)).allSatisfy(b -> assertThat(b.msgId()).isPresent());
    }

    /** Bounded wait (60 s) for every batch to be settled by its event. */
    private static CampaignTotals awaitFinished(CampaignService service, Sandbox sandbox, String id) throws Exception {
        long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        CampaignTotals totals = service.status(id);
        while (totals.batchesIn(BatchState.FINISHED) < 20 && System.nanoTime() < giveUp) {
            Thread.sleep(50);
            totals = service.status(id);
        }
        sandbox.admin().awaitIdle(Duration.ofSeconds(10));
        return totals;
    }

    private static HttpResponse<String> call(String method, String url, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
