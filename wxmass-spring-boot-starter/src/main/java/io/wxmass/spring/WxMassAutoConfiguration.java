package io.wxmass.spring;

import io.wxmass.core.WxMass;
import io.wxmass.core.http.HttpCaller;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServlet;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The {@code wxmass.*} accounts as beans: {@link WxMassAccounts}, one {@link WxMass} per account, a callback
 * endpoint per account with a callback token (servlet web applications). A bean of type {@link HttpCaller}, when
 * there is exactly one, is every account's round trip.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@EnableConfigurationProperties(WxMassProperties.class)
@Import({WxMassAutoConfiguration.AccountBeans.class, WxMassRedisConfiguration.class, WxMassHealthConfiguration.class,
        WxMassMetricsConfiguration.class, WxMassCampaignConfiguration.class})
public class WxMassAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public WxMassAccounts wxMassAccounts(WxMassProperties properties, ObjectProvider<WxMassConfigCustomizer> customizers,
                                         ObjectProvider<HttpCaller> httpCaller, ApplicationEventPublisher publisher) {
        // An HttpCaller bean (e.g. wxmass-transport-httpclient5's) carries every account's calls; customizers run after.
        List<WxMassConfigCustomizer> all = new ArrayList<>();
        httpCaller.ifUnique(caller -> all.add((account, builder) -> builder.httpCaller(caller)));
        all.addAll(customizers.orderedStream().toList());
        return new WxMassAccounts(properties, all, publisher);
    }

    /** Registers {@code <account>WxMass} for each account, read from the environment before beans exist. */
    static class AccountBeans implements ImportBeanDefinitionRegistrar, EnvironmentAware {
        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            PerAccountBeans.register(environment, registry, WxMass.class, "WxMass", (beans, name) -> beans.getBean(WxMassAccounts.class).get(name));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(HttpServlet.class)
    static class CallbackEndpoints {
        @Bean
        ServletContextInitializer wxMassCallbackEndpoints(WxMassAccounts accounts) {
            return context -> accounts.callbackHandlers().forEach((name, handler) -> {
                ServletRegistration.Dynamic servlet = context.addServlet("wxmass-callback-" + name, new CallbackServlet(handler));
                servlet.addMapping(accounts.callbackPath(name).orElseThrow());
            });
        }
    }
}
