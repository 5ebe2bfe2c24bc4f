package io.wxmass.bench.versus;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.RateLimiter;
import java.time.Clock;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.slf4j.LoggerFactory;

/**
 * Each SDK's client built the way its README shows, pointed at the sandbox instead of api.weixin.qq.com.
 * Defaults are kept (wxmass: stable token, its retry policy; WxJava: WxMpServiceImpl, classic token,
 * 5 retries of -1 at 1 s x 2^n) with one exception named where it is made.
 */
final class Sdks {
    private Sdks() {
    }

    /** wxmass with its defaults, except the 60-a-minute send limiter (see {@link #unthrottled}). */
    static WxMass wxmass(String baseUrl, String appId, String secret, Clock clock) {
        return WxMass.create(config(baseUrl, appId, secret, clock).build());
    }

    /**
     * wxmass with one request per call even for identical overlapping reads, so that every one of many threads
     * reaches the token manager itself (token contention measures the token manager, not read sharing).
     */
    static WxMass wxmassUnshared(String baseUrl, String appId, String secret, Clock clock) {
        return WxMass.create(config(baseUrl, appId, secret, clock).shareConcurrentReads(false).build());
    }

    private static WxMassConfig.Builder config(String baseUrl, String appId, String secret, Clock clock) {
        return WxMassConfig.builder().appId(appId).appSecret(secret).baseUrl(baseUrl).clock(clock)
                .rateLimiter(unthrottled());
    }

    /**
     * wxmass paces sends to the platform's 60 a minute by default; WxJava does not pace at all. The sandbox's
     * minute and daily limits are raised for the run, so both SDKs send unpaced and only -1 handling differs.
     */
    static RateLimiter unthrottled() {
        return appId -> {
        };
    }

    /** WxJava's documented setup: WxMpDefaultConfigImpl + WxMpServiceImpl; host config for the sandbox. */
    static WxMpService wxJava(String baseUrl, String appId, String secret, String token, String aesKey) {
        WxMpDefaultConfigImpl config = wxJavaConfig(appId, secret, token, aesKey);
        config.setHostConfig(new WxMpHostConfig(baseUrl, baseUrl, baseUrl));
        WxMpService service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        return service;
    }

    static WxMpDefaultConfigImpl wxJavaConfig(String appId, String secret, String token, String aesKey) {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(appId);
        config.setSecret(secret);
        config.setToken(token);
        config.setAesKey(aesKey);
        return config;
    }

    /**
     * Logback's default is DEBUG to the console; WxJava logs every request and response at DEBUG, which
     * would measure the console. Both SDKs are held to WARN and above (errors only for their retry notices).
     */
    static void quietLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((Logger) LoggerFactory.getLogger("me.chanjar")).setLevel(Level.ERROR);
        ((Logger) LoggerFactory.getLogger("io.wxmass")).setLevel(Level.ERROR);
        ((Logger) LoggerFactory.getLogger("org.apache.hc")).setLevel(Level.ERROR);
    }
}
