package io.wxmass.spring;

import io.wxmass.core.WxMassConfig;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code wxmass.*} properties: one entry under {@code wxmass.accounts.<name>} per official account. A setting
 * left out keeps the core client's default (defined once, in {@link WxMassConfig}); values are checked by the core
 * builders when the beans are made, so a bad value fails startup with the property's name and the rule.
 *
 * @param accounts the accounts by a name of the application's choosing (used in bean lookups and callback paths)
 * @param redis how accounts share their token and mass budget when a {@code RedisConnectionFactory} is present
 */
@ConfigurationProperties("wxmass")
public record WxMassProperties(Map<String, Account> accounts, @DefaultValue Redis redis) {
    public WxMassProperties {
        // In the order written, so the health details and the bean names follow the configuration.
        accounts = accounts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(accounts));
    }

    /**
     * One official account.
     *
     * @param appId the account's appid
     * @param appSecret the account's AppSecret; never logged or printed
     * @param baseUrl the platform (default), the sandbox, or a gateway
     * @param tokenSource STABLE (stable_token, the default) or CLASSIC (only when one holder owns the account's token)
     * @param connectTimeout connection timeout of the HTTP client
     * @param requestTimeout how long one attempt may wait for its answer
     * @param retry retries of failed calls (never of a send that may have gone out)
     * @param callback where and how the platform's pushes are received
     */
    public record Account(String appId, String appSecret, String baseUrl, WxMassConfig.TokenSourceKind tokenSource,
                          Duration connectTimeout, Duration requestTimeout, @DefaultValue Retry retry,
                          @DefaultValue Callback callback) {
    }

    /**
     * @param maxAttempts attempts per call, the first included
     * @param initialBackoff the wait before the first retry
     * @param maxBackoff the longest wait between attempts
     */
    public record Retry(Integer maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    }

    /**
     * @param path the servlet path of this account's callback endpoint (default {@code /wxmass/callback/<name>})
     * @param token the Token configured on the platform; without it no endpoint is registered
     * @param aesKey the 43-character EncodingAESKey, for compatible and safe mode
     * @param mode PLAIN, COMPATIBLE or SAFE (SAFE refuses unencrypted pushes); COMPATIBLE when an AES key is set
     */
    public record Callback(String path, String token, String aesKey, CallbackMode mode) {
    }

    /** The platform's three message modes. */
    public enum CallbackMode { PLAIN, COMPATIBLE, SAFE }

    /**
     * @param enabled share tokens and the mass budget through Redis when a {@code RedisConnectionFactory} is present
     * @param namespace prefix of every key wxmass writes, so several deployments can share one Redis
     * @param budgetWindow the window the shared 60-a-minute budget is counted over: at least a minute, a little
     *                     more absorbs clock skew between instances
     */
    public record Redis(@DefaultValue("true") boolean enabled, @DefaultValue("wxmass") String namespace,
                        @DefaultValue("61s") Duration budgetWindow) {
    }
}
