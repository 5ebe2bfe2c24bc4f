package io.wxmass.core;

import io.wxmass.core.audience.AudienceApi;
import io.wxmass.core.draft.DraftApi;
import io.wxmass.core.http.ApiTransport;
import io.wxmass.core.http.HttpCaller;
import io.wxmass.core.http.JdkHttpTransport;
import io.wxmass.core.mass.MassApi;
import io.wxmass.core.media.MediaApi;
import io.wxmass.core.publish.PublishApi;
import io.wxmass.core.quota.QuotaApi;
import io.wxmass.core.token.AccessToken;
import io.wxmass.core.token.AccessTokenSource;
import io.wxmass.core.token.ClassicTokenSource;
import io.wxmass.core.token.StableTokenSource;
import io.wxmass.core.token.TokenManager;
import java.util.Objects;

/**
 * The client for one official account: {@link #mass()}, {@link #media()}, {@link #audience()},
 * {@link #drafts()}, {@link #publishing()} and {@link #quota()} share one transport, one token manager and one
 * rate limiter.
 *
 * <pre>{@code
 * WxMass wx = WxMass.create(WxMassConfig.builder().appId("wx...").appSecret(secret).build());
 * SendReceipt receipt = wx.mass().send(message, Audience.tag(2), SendOptions.withClientMsgId("spring-2024-tag2"));
 * }</pre>
 */
public final class WxMass {
    private final WxMassConfig config;
    private final AccessTokenSource tokenSource;
    private final TokenManager tokens;
    private final JdkHttpTransport transport;
    private final MassApi mass;
    private final MediaApi media;
    private final AudienceApi audience;
    private final DraftApi drafts;
    private final PublishApi publishing;
    private final QuotaApi quota;

    private WxMass(WxMassConfig config) {
        this.config = config;
        HttpCaller client = config.httpCaller().orElseGet(() -> HttpCaller.jdk(config.httpClient()
                .orElseGet(() -> JdkHttpTransport.defaultClient(config.baseUrl(), config.connectTimeout()))));
        // Token endpoints go through a transport of their own: same client and settings, no token.
        JdkHttpTransport tokenTransport = JdkHttpTransport.unauthenticated(config, client);
        this.tokenSource = config.tokenSource() == WxMassConfig.TokenSourceKind.STABLE
                ? new StableTokenSource(tokenTransport, config.credentials(), config.clock())
                : new ClassicTokenSource(tokenTransport, config.credentials(), config.clock());
        this.tokens = TokenManager.create(config, tokenSource);
        this.transport = JdkHttpTransport.authenticated(config, client, tokens);
        this.mass = new MassApi(transport, config.clock(), config.sleeper());
        this.media = new MediaApi(transport);
        this.audience = new AudienceApi(transport);
        this.drafts = new DraftApi(transport);
        this.publishing = new PublishApi(transport);
        this.quota = new QuotaApi(transport, config.credentials());
    }

    public static WxMass create(WxMassConfig config) {
        return new WxMass(Objects.requireNonNull(config, "config"));
    }

    public MassApi mass() {
        return mass;
    }

    public MediaApi media() {
        return media;
    }

    public AudienceApi audience() {
        return audience;
    }

    /** The draft box: where mpnews articles are made (the platform's replacement for uploadnews). */
    public DraftApi drafts() {
        return drafts;
    }

    /** Publishing drafts as articles with permanent links; this sends nothing to followers. */
    public PublishApi publishing() {
        return publishing;
    }

    /** The account's API quotas: what sendall and send may still do today, rid lookups, the operator's resets. */
    public QuotaApi quota() {
        return quota;
    }

    /** The authenticated transport, for endpoints this SDK does not wrap yet. */
    public ApiTransport transport() {
        return transport;
    }

    public TokenManager tokens() {
        return tokens;
    }

    public WxMassConfig config() {
        return config;
    }

    /**
     * Operator action: replaces the account's token now. With stable tokens this is a forced refresh
     * (invalidates the token every holder uses; 20 a day, 30 s apart); with classic tokens a new fetch.
     */
    public AccessToken forceRefreshToken() {
        AccessToken fresh = tokenSource instanceof StableTokenSource stable ? stable.forceRefresh() : tokenSource.fetch();
        config.tokenStore().put(config.appId(), fresh);
        return fresh;
    }

    @Override
    public String toString() {
        return "WxMass[" + config + "]";
    }
}
