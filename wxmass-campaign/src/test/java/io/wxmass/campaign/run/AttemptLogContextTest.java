package io.wxmass.campaign.run;

import io.wxmass.campaign.testing.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.store.Database;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.JdkHttpTransport;
import io.wxmass.core.message.MassMessage;
import io.wxmass.sandbox.embed.Sandbox;
import io.wxmass.sandbox.faults.FaultPlan;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Every line logged while a batch is attempted, core's included, carries the campaign and batch (MDC), and only then. */
class AttemptLogContextTest {
    private static final String SEND = "/cgi-bin/message/mass/send"; // a frozen audience goes by OpenID

    @Test
    void retryWarning_duringABatchAttempt_carriesTheCampaignAndBatchInItsContext(@TempDir Path folder) throws Exception {
        Logger transportLog = (Logger) LoggerFactory.getLogger(JdkHttpTransport.class);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        transportLog.addAppender(seen);
        try (Sandbox sandbox = Sandbox.builder().followers(6).instant(true).start();
             Database database = Database.sqlite(folder.resolve("mdc.db")).migrate()) {
            FaultPlan faults = sandbox.admin().faults();
            // The first post fails with -1; the transport logs its retry, and its wait heals the platform.
            WxMass wx = WxMass.create(WxMassConfig.builder().appId(sandbox.appId()).appSecret(sandbox.appSecret())
                    .baseUrl(sandbox.baseUrl()).sleeper(d -> faults.reset(faults.seed())).build());
            CampaignService service = CampaignService.builder(database, wx).build();
            String id = service.create(CampaignSpec.builder("logged", MassMessage.text("hi"), AudienceSpec.followers()).build()).id();
            service.approve(id, Fixtures.APPROVER);
            faults.systemError(SEND, 1.0);

            service.run(id);

            Batch batch = service.batches(id).get(0);
            List<ILoggingEvent> retries = seen.list.stream()
                    .filter(e -> e.getFormattedMessage().startsWith(SEND + " ") && e.getFormattedMessage().contains("attempt 2"))
                    .toList();
            assertThat(retries).singleElement().satisfies(e -> {
                assertThat(e.getMDCPropertyMap()).containsEntry("campaign", id)
                        .containsEntry("batch", Integer.toString(batch.key().batchNo()));
            });
            assertThat(MDC.get("campaign")).as("cleared after the attempt").isNull();
        } finally {
            transportLog.detachAppender(seen);
        }
    }
}
