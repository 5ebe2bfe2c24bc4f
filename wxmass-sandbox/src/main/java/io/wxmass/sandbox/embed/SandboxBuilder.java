package io.wxmass.sandbox.embed;

import io.wxmass.sandbox.admin.AdminToken;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.config.AccountSpec;
import io.wxmass.sandbox.config.RuleSettings;
import io.wxmass.sandbox.config.SandboxConfig;
import io.wxmass.sandbox.config.TagSeed;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.AccountType;
import io.wxmass.sandbox.platform.CallbackSettings;
import io.wxmass.sandbox.platform.Ids;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configures a {@link Sandbox}. The default account is a verified service account with generated
 * credentials and {@code followers} followers; a config file's accounts come after it, or replace it when
 * no appId was set here.
 */
public final class SandboxBuilder {
    private String host = "127.0.0.1";
    private URI publicUrl;
    private AdminToken adminToken;
    private int port = 0;
    private int followers = 1000;
    private boolean instant;
    private String appId;
    private String appSecret;
    private AccountType type = AccountType.SERVICE;
    private boolean verified = true;
    private boolean massSendProtection;
    private int speed;
    private CallbackSettings callback;
    private RuleSettings rules = RuleSettings.defaults();
    private final List<AccountSpec> extraAccounts = new ArrayList<>();
    private final List<AccountSpec> configAccounts = new ArrayList<>();
    private SandboxClock clock;
    private FaultPlan faults;

    SandboxBuilder() {
    }

    public SandboxBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** 0 = any free port. */
    /**
     * The base URL clients reach the sandbox by, when it is not the address it binds (bound to 0.0.0.0, or behind a
     * proxy): {@code baseUrl()} and every URL the sandbox returns (served images) start with it, and the admin API
     * accepts its host name. {@code http(s)://host[:port]}, no path.
     */
    public SandboxBuilder publicUrl(String url) {
        URI uri;
        try {
            uri = new URI(Objects.requireNonNull(url, "url").replaceAll("/+$", ""));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--public-url: must be http(s)://host[:port], was not a URL");
        }
        boolean ok = ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                && uri.getRawUserInfo() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                && uri.getRawQuery() == null && uri.getRawFragment() == null;
        if (!ok) {
            throw new IllegalArgumentException("--public-url: must be http(s)://host[:port] without user, path or query");
        }
        this.publicUrl = uri;
        return this;
    }

    /** Require {@code Authorization: Bearer <token>} on every admin request (default: the admin API is open). */
    public SandboxBuilder adminToken(String token) {
        this.adminToken = AdminToken.of(token);
        return this;
    }

    /** Whether the admin API will ask for a token. */
    public boolean adminTokenSet() {
        return adminToken != null;
    }

    /** The interface the sandbox will bind. */
    public String host() {
        return host;
    }

    public SandboxBuilder port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: must be within 0..65535");
        }
        this.port = port;
        return this;
    }

    public SandboxBuilder followers(int followers) {
        if (followers < 0) {
            throw new IllegalArgumentException("followers: must be >= 0");
        }
        this.followers = followers;
        return this;
    }

    /** Deliver without the speed delay. */
    public SandboxBuilder instant(boolean instant) {
        this.instant = instant;
        return this;
    }

    public SandboxBuilder appId(String appId) {
        this.appId = Objects.requireNonNull(appId, "appId");
        return this;
    }

    public SandboxBuilder appSecret(String appSecret) {
        this.appSecret = Objects.requireNonNull(appSecret, "appSecret");
        return this;
    }

    /** The default account's kind (service by default). */
    public SandboxBuilder accountType(AccountType type) {
        this.type = Objects.requireNonNull(type, "type");
        return this;
    }

    public SandboxBuilder verified(boolean verified) {
        this.verified = verified;
        return this;
    }

    /** The default account's API 群发保护: sends to all followers wait for an admin's confirmation. */
    public SandboxBuilder massSendProtection(boolean on) {
        this.massSendProtection = on;
        return this;
    }

    public SandboxBuilder speed(int speed) {
        this.speed = speed;
        return this;
    }

    /** Where the default account's MASSSENDJOBFINISH pushes go; mode plain, compatible or safe. */
    public SandboxBuilder callback(String url, String token, String aesKey, String mode) {
        this.callback = new CallbackSettings(url, token, aesKey, mode);
        return this;
    }

    public SandboxBuilder rules(RuleSettings rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        return this;
    }

    /** Another account besides the default one. */
    public SandboxBuilder account(AccountSpec account) {
        extraAccounts.add(Objects.requireNonNull(account, "account"));
        return this;
    }

    /** Accounts and rules from a config file; its accounts replace the default one unless an appId was set. */
    public SandboxBuilder config(SandboxConfig config) {
        Objects.requireNonNull(config, "config");
        this.rules = config.rules();
        this.configAccounts.addAll(config.accounts());
        return this;
    }

    /** A clock to share with the test (e.g. {@link SandboxClock#fixed}); real time by default. */
    public SandboxBuilder clock(SandboxClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    public SandboxBuilder faults(FaultPlan faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
        return this;
    }

    /** Whether the default account's secret will be generated (the CLI prints it then). */
    public boolean generatesSecret() {
        return appSecret == null && defaultAccount();
    }

    private boolean defaultAccount() {
        return appId != null || appSecret != null || configAccounts.isEmpty();
    }

    public Sandbox start() {
        List<AccountSpec> accounts = new ArrayList<>();
        if (defaultAccount()) {
            accounts.add(new AccountSpec(appId != null ? appId : "wx" + Ids.hex(16),
                    appSecret != null ? appSecret : Ids.hex(32), type, verified, followers, speed, TagSeed.defaults(),
                    callback, massSendProtection));
        }
        accounts.addAll(configAccounts);
        accounts.addAll(extraAccounts);
        return new Sandbox(new SandboxConfig(accounts, rules), clock != null ? clock : SandboxClock.system(),
                faults != null ? faults : FaultPlan.none(), instant, host, port, publicUrl, adminToken);
    }

    @Override
    public String toString() {
        return "SandboxBuilder[" + host + ":" + port + ", followers=" + followers + ", appId=" + appId + ", appSecret=***" + (adminToken == null ? "" : ", adminToken=***") + "]";
    }
}
