package io.wxmass.cli.platform;

import io.wxmass.cli.config.ResolvedConfig;
import io.wxmass.cli.config.Setting;
import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.event.EventListener;

import java.time.Duration;

/** Builds the SDK client from the resolved configuration: the only place the CLI touches {@link WxMassConfig}. */
public final class Connector {
    /** A CLI run should tell an unreachable host quickly rather than hang a terminal. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private Connector() {
    }

    /**
     * Refuses with the missing setting's flag (exit 2) before any network call. The callback token
     * and AES key are not passed: API calls do not use them, so a bad key must not fail a send.
     * With a Redis URL the client shares tokens and the mass budget with the other instances.
     */
    public static WxMass connect(ResolvedConfig config) {
        return connect(config, EventListener.NONE);
    }

    /** As {@link #connect(ResolvedConfig)}, telling {@code events} of every call (serve's metrics). */
    public static WxMass connect(ResolvedConfig config, EventListener events) {
        String appId = config.require(Setting.APP_ID);
        String appSecret = config.require(Setting.APP_SECRET);
        WxMassConfig.Builder builder = WxMassConfig.builder()
                .appId(appId)
                .appSecret(appSecret)
                .baseUrl(config.require(Setting.BASE_URL))
                .connectTimeout(CONNECT_TIMEOUT)
                .eventListener(events);
        config.redisUrl().ifPresent(redis -> ProcessCluster.get(redis, config.instances()).apply(builder));
        return WxMass.create(builder.build());
    }
}
