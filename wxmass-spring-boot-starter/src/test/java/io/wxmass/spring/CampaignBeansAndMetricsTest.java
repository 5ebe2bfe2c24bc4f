package io.wxmass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wxmass.campaign.Actor;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.core.WxMass;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import io.wxmass.core.message.SendOptions;
import io.wxmass.sandbox.embed.Sandbox;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Meters from a MeterRegistry bean, and campaigns as beans on the application's DataSource, against the sandbox. */
class CampaignBeansAndMetricsTest {
    static Sandbox sandbox;

    @TempDir
    static Path folder;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().followers(4).instant(true).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(WxMassAutoConfiguration.class))
                .withPropertyValues("wxmass.accounts.main.app-id=" + sandbox.appId(),
                        "wxmass.accounts.main.app-secret=" + sandbox.appSecret(), "wxmass.accounts.main.base-url=" + sandbox.baseUrl());
    }

    @Test
    void send_withAMeterRegistryBean_isTimedUnderWxmassApiCallsTaggedWithTheAccount() {
        runner().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
            context.getBean(WxMass.class).mass().send(MassMessage.text("Metered"), Audience.allFollowers(), SendOptions.generated());

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get("wxmass.api.calls").tags("account", "main", "endpoint", "/cgi-bin/message/mass/sendall",
                    "outcome", "ok").timer().count()).isEqualTo(1);
            assertThat(registry.get("wxmass.token.fetches").tags("account", "main", "outcome", "ok").counter().count()).isEqualTo(1);
        });
    }

    @Test
    void withoutAMeterRegistry_orADataSource_theClientWorksAndNoCampaignBeansExist() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(CampaignService.class).doesNotHaveBean(WxMassCampaigns.class);
            context.getBean(WxMass.class).tokens().current();
        });
    }

    @Test
    void dataSource_makesACampaignServiceOnItsStore_migratedAndRunnable() {
        // Actuator's metrics configuration, as an application has it: it binds MeterBinder beans (the gauges).
        runner().withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:sqlite:" + folder.resolve("app.db"))
                .run(context -> {
                    CampaignService campaigns = context.getBean(CampaignService.class);
                    assertThat(context.getBean("mainCampaignService")).isSameAs(campaigns);
                    String id = campaigns.create(CampaignSpec.builder("spring", MassMessage.text("hi"), AudienceSpec.followers())
                            .build()).id();
                    campaigns.approve(id, Actor.cli("spring-test"));
                    CampaignTotals totals = campaigns.run(id);

                    assertThat(totals.recipients()).isEqualTo(4);
                    try (Connection c = context.getBean(DataSource.class).getConnection();
                         ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM campaign WHERE id = '" + id + "'")) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getInt(1)).as("the campaign is in the application's database").isEqualTo(1);
                    }
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    double sentOrSettled = registry.get("wxmass.campaign.batches").tags("account", "main", "state", "submitted").gauge().value()
                            + registry.get("wxmass.campaign.batches").tags("account", "main", "state", "finished").gauge().value();
                    assertThat(sentOrSettled).isEqualTo(1);
                });
    }
}
