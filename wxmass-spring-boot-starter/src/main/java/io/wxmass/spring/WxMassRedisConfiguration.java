package io.wxmass.spring;

import io.wxmass.campaign.cluster.RedisKeys;
import io.wxmass.core.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * With a {@code RedisConnectionFactory} (Lettuce by default, Jedis if the application chose it), every account's
 * token and 60-a-minute mass budget are shared through it, with the keys and Lua scripts of wxmass-campaign's
 * cluster mode: instances of this application and of {@code wxmass} cluster mode share one token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(RedisConnectionFactory.class)
@ConditionalOnBean(RedisConnectionFactory.class)
@ConditionalOnProperty(name = "wxmass.redis.enabled", matchIfMissing = true)
class WxMassRedisConfiguration {
    /** As cluster mode: spread the instances' refreshes over a minute inside the margin. */
    private static final Duration REFRESH_JITTER = Duration.ofSeconds(60);

    @Bean
    WxMassConfigCustomizer wxMassRedisSharing(RedisConnectionFactory factory, WxMassProperties properties) {
        StringRedisTemplate redis = new StringRedisTemplate(factory);
        RedisKeys keys = new RedisKeys(properties.redis().namespace());
        Clock clock = Clock.systemUTC();
        SpringRedisTokenStore tokens = new SpringRedisTokenStore(redis, keys, clock);
        SpringRedisRateLimiter budget = new SpringRedisRateLimiter(redis, keys, properties.redis().budgetWindow(),
                clock, Sleeper.SYSTEM);
        return (account, builder) -> builder.tokenStore(tokens).rateLimiter(budget).tokenRefreshJitter(REFRESH_JITTER);
    }
}
