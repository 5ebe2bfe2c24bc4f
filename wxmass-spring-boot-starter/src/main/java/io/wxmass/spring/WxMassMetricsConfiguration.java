package io.wxmass.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.wxmass.micrometer.MicrometerEventListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Micrometer and a {@link MeterRegistry} bean (Actuator's), every account's calls, token fetches, rate-limit
 * waits, shared reads and callback requests become meters ({@code io.wxmass.micrometer.WxMassMeters}), tagged
 * {@code account=<name>}. A customizer of the application's that sets its own event listener runs after this one
 * and replaces it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({MeterRegistry.class, MicrometerEventListener.class})
class WxMassMetricsConfiguration {
    @Bean
    WxMassConfigCustomizer wxMassMetrics(ObjectProvider<MeterRegistry> registry) {
        return (account, builder) -> registry.ifUnique(
                r -> builder.eventListener(MicrometerEventListener.create(r, Tags.of("account", account))));
    }
}
