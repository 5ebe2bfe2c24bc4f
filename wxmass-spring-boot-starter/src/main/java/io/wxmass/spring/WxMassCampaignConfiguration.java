package io.wxmass.spring;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.metrics.CampaignGauges;
import io.wxmass.campaign.store.Database;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * With a {@code DataSource} bean, campaigns as beans: {@link WxMassCampaigns} and a {@code CampaignService} per
 * account, on the same store, schema and migrations as {@code wxmass campaign} and {@code wxmass serve} (point them at
 * one PostgreSQL database and they share campaigns). With Micrometer, {@code wxmass.campaign.batches{account,state}}
 * gauges. Off with {@code wxmass.campaigns.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(CampaignService.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(name = "wxmass.campaigns.enabled", matchIfMissing = true)
@Import(WxMassCampaignConfiguration.ServiceBeans.class)
class WxMassCampaignConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public WxMassCampaigns wxMassCampaigns(WxMassAccounts accounts, DataSource dataSource) {
        return new WxMassCampaigns(Database.of(dataSource), accounts);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class Gauges {
        // Through a provider: a member configuration is registered even when the outer one's DataSource condition
        // later leaves WxMassCampaigns out, so the gauges must cope with its absence (then they bind nothing).
        @Bean
        MeterBinder wxMassCampaignGauges(ObjectProvider<WxMassCampaigns> provider) {
            return registry -> provider.ifAvailable(campaigns -> campaigns.names().forEach(
                    name -> CampaignGauges.of(campaigns.get(name), Tags.of("account", name)).bindTo(registry)));
        }
    }

    /** Registers {@code <account>CampaignService} for each account, as the account beans are. */
    static class ServiceBeans implements ImportBeanDefinitionRegistrar, EnvironmentAware {
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            PerAccountBeans.register(environment, registry, CampaignService.class, "CampaignService",
                    (beans, name) -> beans.getBean(WxMassCampaigns.class).get(name));
        }
    }
}
