package io.wxmass.spring;

import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
class WxMassHealthConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "wxMassHealthIndicator")
    WxMassHealthIndicator wxMassHealthIndicator(WxMassAccounts accounts) {
        return new WxMassHealthIndicator(accounts);
    }
}
