package io.wxmass.spring;

import io.wxmass.core.WxMassConfig;

/**
 * Adjusts each account's {@link WxMassConfig.Builder} after the properties are applied and before it is built:
 * the Redis sharing is one; declare a bean of your own to set a clock, an {@code HttpClient}, a token store. (An
 * {@code HttpCaller} needs no customizer: a bean of that type is used.)
 */
@FunctionalInterface
public interface WxMassConfigCustomizer {
    void customize(String account, WxMassConfig.Builder builder);
}
