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
 * {@code account=<name>}. The meters are added to the account's event listeners, so a customizer of the
 * application's that adds its own ({@code addEventListener}) keeps them; one that calls {@code eventListener}
 * replaces every listener set before it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({MeterRegistry.class, MicrometerEventListener.class})
class WxMassMetricsConfiguration {
    @Bean
    WxMassConfigCustomizer wxMassMetrics(ObjectProvider<MeterRegistry> registry) {
        return (account, builder) -> registry.ifUnique(
                r -> builder.addEventListener(MicrometerEventListener.create(r, Tags.of("account", account))));
    }
}
