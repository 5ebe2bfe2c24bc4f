package io.wxmass.campaign.serve;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.metrics.CampaignGauges;
import io.wxmass.campaign.schedule.CampaignScheduler;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.message.MassMessage;
import io.wxmass.micrometer.MicrometerEventListener;
import io.wxmass.sandbox.embed.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /healthz}, {@code /readyz} and {@code /metrics} on the API door, over HTTP, as serve wires them. */
class OpsEndpointsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    private static Sandbox sandbox;
    private static Database database;
    private static CampaignService service;
    private static ApiKeys keys;
    private static CampaignScheduler scheduler;
    private static ReceiverServer server;
    private static PrometheusMeterRegistry registry;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().followers(12).instant(true).start();
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        MicrometerEventListener meters = MicrometerEventListener.create(registry);
        WxMass wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                .baseUrl(sandbox.baseUrl()).eventListener(meters).build());
        database = Database.sqlite(folder.resolve("ops.db")).migrate();
        service = CampaignService.builder(database, wx).build();
        CampaignGauges.of(service, Tags.empty()).bindTo(registry);
        keys = new ApiKeys(database, Clock.systemUTC());
        scheduler = CampaignScheduler.builder(service).build().start();
        server = ReceiverServer.builder().port(0).apiPort(0)
                .callbackHandler(CallbackHandlers.forReconciler(service.reconciler(), sandbox.appId(), "opsToken",
                        Optional.empty(), false, meters))
                .campaigns(service, keys)
                .readiness(ServeReadiness.of(database, scheduler, wx.tokens()))
                .metrics(registry::scrape)
                .build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        scheduler.close();
        sandbox.close();
        database.close();
    }

    @Test
    void healthz_answersUpWithoutAKey() throws Exception {
        HttpResponse<String> up = get("/healthz", null, Map.of());

        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(up.body()).get("status").asText()).isEqualTo("up");
    }

    @Test
    void probes_fromAForeignHost_areRefusedLikeTheApi() throws Exception {
        // The JDK client refuses to set Host itself; a raw request names a DNS-rebinding name.
        assertThat(RawHttp.exchange(server.apiPort(), "GET /healthz HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void readyz_whenStoreSchedulerAndTokenAreFine_isReadyWithEachCheck() throws Exception {
        HttpResponse<String> ready = get("/readyz", null, Map.of());

        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(ready.body());
        assertThat(body.get("status").asText()).isEqualTo("ready");
        assertThat(body.get("checks").get("store").asText()).isEqualTo("ok");
        assertThat(body.get("checks").get("scheduler").asText()).isEqualTo("ok");
        assertThat(body.get("checks").get("token").asText()).isEqualTo("ok");
    }

    @Test
    void readyz_withAWrongSecret_isNotReadyNamingTheTokenErrcodeOnly() throws Exception {
        WxMass wrong = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret("notTheSecret")
                .baseUrl(sandbox.baseUrl()).build());
        try (ReceiverServer other = ReceiverServer.builder().port(0).apiPort(0)
                .callbackHandler(CallbackHandlers.forReconciler(service.reconciler(), sandbox.appId(), "opsToken", Optional.empty(), false))
                .campaigns(service, keys).readiness(ServeReadiness.of(database, scheduler, wrong.tokens())).build().start()) {
            HttpResponse<String> notReady = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + other.apiPort() + "/readyz"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(notReady.statusCode()).isEqualTo(503);
            JsonNode body = JSON.readTree(notReady.body());
            assertThat(body.get("status").asText()).isEqualTo("not_ready");
            assertThat(body.get("checks").get("store").asText()).isEqualTo("ok");
            assertThat(body.get("checks").get("token").asText()).matches("failed: platform \\d+");
            assertThat(notReady.body()).doesNotContain("notTheSecret");
        }
    }

    @Test
    void metrics_withoutAKey_is401_andWithoutTheReadScope_is403() throws Exception {
        String sender = keys.create("sender" + System.nanoTime(), EnumSet.of(Scope.SEND)).secret();

        assertThat(get("/metrics", null, Map.of()).statusCode()).isEqualTo(401);
        assertThat(get("/metrics", "wxk_notAKey", Map.of()).statusCode()).isEqualTo(401);
        assertThat(get("/metrics", sender, Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void metrics_afterACampaignRun_parseAsPrometheusTextWithCallsTokenFetchesAndBatchGauges() throws Exception {
        String id = service.create(CampaignSpec.builder("metered", MassMessage.text("hi"),
                AudienceSpec.openIds(List.of(sandbox.account().followers().openId(0), sandbox.account().followers().openId(1))))
                .build()).id();
        service.approve(id, Fixtures.APPROVER);
        service.run(id);
        String reader = keys.create("scraper" + System.nanoTime(), EnumSet.of(Scope.READ)).secret();

        HttpResponse<String> scraped = get("/metrics", reader, Map.of());

        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain; version=0.0.4"));
        List<PrometheusText.Sample> samples = PrometheusText.parse(scraped.body());
        assertThat(PrometheusText.value(samples, "wxmass_api_calls_seconds_count",
                Map.of("endpoint", "/cgi-bin/message/mass/send", "outcome", "ok", "errcode", "0"))).hasValue(1.0);
        assertThat(PrometheusText.value(samples, "wxmass_token_fetches_total", Map.of("outcome", "ok"))).hasValue(1.0);
        assertThat(PrometheusText.value(samples, "wxmass_rate_wait_seconds_count", Map.of("endpoint", "/cgi-bin/message/mass/send")))
                .hasValue(1.0);
        assertThat(PrometheusText.find(samples, "wxmass_campaign_batches", Map.of())).extracting(s -> s.labels().get("state"))
                .contains("planned", "sending", "submitted", "finished", "failed", "unknown");
        double settledOrSubmitted = PrometheusText.value(samples, "wxmass_campaign_batches", Map.of("state", "submitted")).orElseThrow()
                + PrometheusText.value(samples, "wxmass_campaign_batches", Map.of("state", "finished")).orElseThrow();
        assertThat(settledOrSubmitted).isEqualTo(1.0);
    }

    private static HttpResponse<String> get(String path, String key, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.apiPort() + path))
                .timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
