package io.wxmass.campaign.cluster;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.run.WorkerMain;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.embed.Sandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/** A worker process started with WXMASS_REDIS_URL takes its token from the shared Redis store. */
class WorkerMainClusterTest {
    private static final String APP_ID = "wxworkercluster01";

    @TempDir
    Path folder;

    @Test
    void workerMain_withRedisUrl_sharesTheTokenThroughRedis_andFetchesNone() throws Exception {
        try (LocalRedis redis = LocalRedis.start();
             Sandbox sandbox = Sandbox.builder().appId(APP_ID).followers(30).instant(true).start();
             ClusterMode cluster = ClusterMode.builder(redis.uri()).build()) {
            // This process fetches the token into Redis; the worker must reuse it instead of fetching its own.
            WxMass wx = WxMass.create(cluster.apply(WxMassConfig.builder().baseUrl(sandbox.baseUrl()).appId(APP_ID)
                    .appSecret(sandbox.appSecret())).build());
            Path dbFile = folder.resolve("worker.db");
            CampaignService service = CampaignService.builder(Database.sqlite(dbFile).migrate(), wx).build();
            List<String> openIds = IntStream.range(0, 20).mapToObj(i -> sandbox.account().followers().openId(i)).toList();
            Campaign campaign = service.create(CampaignSpec.builder("cluster worker", MassMessage.text("hello"),
                    AudienceSpec.openIds(openIds)).build());
            service.approve(campaign.id(), Fixtures.APPROVER);
            wx.mass().speed();
            assertThat(sandbox.admin().tokenFetches(APP_ID)).isEqualTo(1);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), WorkerMain.class.getName(),
                    "jdbc:sqlite:" + dbFile.toAbsolutePath(), sandbox.baseUrl(), APP_ID, campaign.id())
                    .redirectErrorStream(true);
            pb.environment().put("WXMASS_APP_SECRET", sandbox.appSecret());
            pb.environment().put("WXMASS_REDIS_URL", redis.uri().toString());
            Process worker = pb.start();

            assertThat(worker.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String output = new String(worker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(worker.exitValue()).as(output).isZero();
            assertThat(sandbox.admin().jobs(APP_ID)).hasSize(1);
            assertThat(sandbox.admin().tokenFetches(APP_ID)).isEqualTo(1);
            try (Jedis jedis = redis.jedis()) {
                assertThat(jedis.exists("wxmass:token:{" + APP_ID + "}")).isTrue();
            }
            assertThat(output).doesNotContain(sandbox.appSecret());
        }
    }
}
