package io.wxmass.sandbox.embed;

import io.wxmass.sandbox.admin.AccountSetup;
import io.wxmass.sandbox.admin.AdminApi;
import io.wxmass.sandbox.admin.AdminToken;
import io.wxmass.sandbox.admin.ProtectionAdminApi;
import io.wxmass.sandbox.admin.PublishAdminApi;
import io.wxmass.sandbox.admin.SandboxAdmin;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.clock.Ticker;
import io.wxmass.sandbox.config.AccountSpec;
import io.wxmass.sandbox.config.SandboxConfig;
import io.wxmass.sandbox.delivery.DeliveryEngine;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Accounts;
import io.wxmass.sandbox.platform.Counters;
import io.wxmass.sandbox.platform.ImageHost;
import io.wxmass.sandbox.platform.PreviewLog;
import io.wxmass.sandbox.platform.RequestLog;
import io.wxmass.sandbox.platform.SentMessages;
import io.wxmass.sandbox.console.SandboxConsole;
import io.wxmass.sandbox.platform.TokenIssuer;
import io.wxmass.sandbox.protection.MassSendProtection;
import io.wxmass.sandbox.publish.Publisher;
import io.wxmass.sandbox.push.PushService;
import io.wxmass.sandbox.rules.ApiQuotas;
import io.wxmass.sandbox.rules.MassRules;
import io.wxmass.sandbox.server.Authenticator;
import io.wxmass.sandbox.server.DraftEndpoints;
import io.wxmass.sandbox.server.MassEndpoints;
import io.wxmass.sandbox.server.MassQueryEndpoints;
import io.wxmass.sandbox.server.MediaEndpoints;
import io.wxmass.sandbox.server.PublishEndpoints;
import io.wxmass.sandbox.server.QuotaEndpoints;
import io.wxmass.sandbox.server.RetiredEndpoints;
import io.wxmass.sandbox.server.Router;
import io.wxmass.sandbox.server.SandboxServer;
import io.wxmass.sandbox.server.TokenEndpoints;
import io.wxmass.sandbox.server.UserEndpoints;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;

/**
 * The WeChat platform in-process: start it, point any client at {@link #baseUrl()}, look inside with
 * {@link #admin()}, and {@link #close()} it.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().followers(1000).instant(true).start()) {
 *     String url = sandbox.baseUrl();   // instead of https://api.weixin.qq.com
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    private final SandboxClock clock;
    private final Accounts accounts = new Accounts();
    private final HttpClient http;
    private final PushService push;
    private final DeliveryEngine delivery;
    private final Publisher publisher;
    private final MassSendProtection protection;
    private final Ticker ticker;
    private final SandboxAdmin admin;
    private final SandboxServer server;

    Sandbox(SandboxConfig config, SandboxClock clock, FaultPlan faults, boolean instant, String host, int port,
            URI publicUrl, AdminToken adminToken) {
        this.clock = clock;
        for (AccountSpec spec : config.accounts()) {
            accounts.add(AccountSetup.create(spec, clock));
        }
        Counters counters = new Counters();
        PreviewLog previews = new PreviewLog();
        SentMessages sent = new SentMessages();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.push = new PushService(clock, http, faults);
        this.delivery = new DeliveryEngine(clock, push);
        this.admin = new SandboxAdmin(clock, accounts, counters, delivery, push, previews, faults);
        TokenIssuer tokens = new TokenIssuer(clock, accounts, config.rules().tokensPerDay());
        Authenticator auth = new Authenticator(accounts, tokens);
        MassRules rules = new MassRules(clock, config.rules());
        this.publisher = new Publisher(clock, accounts, push, rules.moderation(), rules.reprint());
        this.protection = new MassSendProtection(clock, delivery);
        Router router = new Router();
        new TokenEndpoints(tokens, counters).register(router);
        new UserEndpoints(auth).register(router);
        new MediaEndpoints(auth, new ImageHost(), this::baseUrl).register(router); // called once the server is up
        new DraftEndpoints(auth).register(router);
        new MassEndpoints(auth, rules, delivery, protection, previews, sent, clock, () -> instant).register(router);
        RequestLog refusals = new RequestLog();
        new QuotaEndpoints(auth, new ApiQuotas(clock, rules, tokens), refusals, clock).register(router);
        new MassQueryEndpoints(auth, delivery, protection).register(router);
        new PublishEndpoints(auth, publisher).register(router);
        new RetiredEndpoints(auth).register(router);
        AdminApi adminApi = new AdminApi(admin, adminToken);
        adminApi.register(router);
        new PublishAdminApi(admin, publisher).register(router, adminApi);
        new ProtectionAdminApi(admin, protection).register(router, adminApi);
        new SandboxConsole(admin, rules, publisher, sent, adminToken).register(router);
        this.ticker = new Ticker("sandbox-ticker", DeliveryEngine.DEFAULT_TICK,
                List.of(publisher::settleDue, protection::settleDue));
        try {
            this.server = new SandboxServer(host, port, publicUrl, router, faults, counters, refusals, clock);
        } catch (RuntimeException e) {
            ticker.close();
            delivery.close();
            push.close();
            throw e;
        }
    }

    public static SandboxBuilder builder() {
        return new SandboxBuilder();
    }

    /** e.g. {@code http://127.0.0.1:54321}, no trailing slash; use it in place of https://api.weixin.qq.com. */
    public String baseUrl() {
        return server.baseUri().toString();
    }

    public URI baseUri() {
        return server.baseUri();
    }

    public int port() {
        return server.port();
    }

    /** The default account's appId. */
    public String appId() {
        return accounts.first().appId();
    }

    /** The default account's secret (generated when not given). */
    public String appSecret() {
        return accounts.first().secret();
    }

    /** The default account. */
    public Account account() {
        return accounts.first();
    }

    public SandboxClock clock() {
        return clock;
    }

    public SandboxAdmin admin() {
        return admin;
    }

    /** Publishing: every account's freepublish tasks. */
    public Publisher publisher() {
        return publisher;
    }

    /** Mass-send protection: the sends waiting for an admin's confirmation. */
    public MassSendProtection protection() {
        return protection;
    }

    /** Stops the server, the delivery and ticker threads and the push client. */
    @Override
    public void close() {
        server.close();
        ticker.close();
        delivery.close();
        push.close();
    }

    @Override
    public String toString() {
        return "Sandbox[" + baseUrl() + ", appId=" + appId() + ", appSecret=***]";
    }
}
