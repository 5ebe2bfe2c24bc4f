package io.wxmass.campaign.serve;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.console.CampaignConsole;
import io.wxmass.campaign.inbox.Inbox;
import io.wxmass.core.callback.CallbackHandler;
import io.wxmass.core.error.InvalidRequestException;
import org.eclipse.jetty.server.Handler;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The receiver service ({@code wxmass serve}) behind two doors, each its own Jetty server with its own
 * threads and connection limits:
 * <ul>
 *   <li>the <b>callback</b> door, where the platform pushes MASSSENDJOBFINISH: the only one meant to face
 *       the internet; every request on it is checked by its signature;</li>
 *   <li>the <b>API</b> door (the campaign REST API), on loopback by default; every request needs an API key
 *       ({@link ApiKeys}), and it opens on another interface only once a key exists. The campaign console
 *       ({@link CampaignConsole}, at {@code /}) is served here too, behind a login with a key.</li>
 * </ul>
 * Port 0 picks a free port; {@link #port()} and {@link #apiPort()} tell which.
 *
 * <pre>{@code
 * try (ReceiverServer server = ReceiverServer.builder().callbackHandler(handler)
 *         .campaigns(service, new ApiKeys(database, clock)).build().start()) {
 *     String callbackUrl = server.callbackUrl();
 * }
 * }</pre>
 */
public final class ReceiverServer implements AutoCloseable {
    public static final String DEFAULT_CALLBACK_PATH = "/wx/callback";

    private final Builder config;
    private final RefusalLog refusals;
    private Door callback;
    private Door api;

    private ReceiverServer(Builder config) {
        this.config = config;
        this.refusals = new RefusalLog(config.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the doors. Throws {@link InvalidRequestException} (field {@code apiHost}) when the API would listen
     * on a non-loopback interface while no API key exists, and {@link java.io.UncheckedIOException} when a
     * port is taken or a host is no local interface.
     */
    public synchronized ReceiverServer start() {
        if (callback != null) {
            throw new IllegalStateException("already started");
        }
        if (config.campaigns != null && !isLoopback(config.apiHost) && !config.keys.anyActive()) {
            throw new InvalidRequestException("apiHost", "the API would listen on " + config.apiHost
                    + ", beyond loopback, with no API key to guard it: create one first (wxmass keys create)");
        }
        callback = new Door("callback", config.host, config.port, config.limits, refusals, JettyErrors.empty(),
                executor -> new CallbackEndpoint(config.callbackPath, config.callbackHandler, config.limits.bodyTimeout(),
                        executor, refusals, config.inbox)).start();
        if (config.campaigns != null) {
            List<String> names = new ArrayList<>(config.publicNames);
            if (!isWildcard(config.apiHost)) {
                names.add(config.apiHost);
            }
            try {
                api = new Door("api", config.apiHost, config.apiPort, config.limits, refusals, JettyErrors.json(),
                        executor -> {
                            RequestGuard guard = new RequestGuard(names);
                            List<ApiRoutes> routes = List.of(new CampaignEndpoint(config.campaigns, config.clock),
                                    new CampaignVerbEndpoint(config.campaigns));
                            Handler console = new ConsoleGate(guard, new CampaignConsole(config.campaigns, config.keys, ConsoleGate.scopes(routes), config.clock),
                                    new ApiHandler(guard, config.keys, routes, config.limits.bodyTimeout(), executor, refusals),
                                    config.limits.bodyTimeout(), executor, refusals);
                            return new OpsHandler(console, guard, config.keys, config.readiness, config.metrics, refusals);
                        }).start();
            } catch (RuntimeException e) {
                callback.close();
                callback = null;
                throw e;
            }
        }
        return this;
    }

    /** The callback door's port. */
    public int port() {
        return requireStarted(callback).port();
    }

    /** The API door's port. */
    public int apiPort() {
        return requireStarted(api).port();
    }

    /** The callback door's base URL, e.g. {@code http://127.0.0.1:38211}. */
    public String url() {
        return "http://" + urlHost(config.host) + ":" + port();
    }

    /** Where the platform (or the sandbox) should post its pushes. */
    public String callbackUrl() {
        return url() + config.callbackPath;
    }

    /** The campaign console, e.g. {@code http://127.0.0.1:38212/}. */
    public String consoleUrl() {
        return "http://" + urlHost(config.apiHost) + ":" + apiPort() + "/";
    }

    /** The campaign API, e.g. {@code http://127.0.0.1:38212/api/campaigns}. */
    public String apiUrl() {
        return "http://" + urlHost(config.apiHost) + ":" + apiPort() + CampaignEndpoint.BASE;
    }

    /** Open connections from {@code address} on the callback door (for tests of the per-client cap). */
    int callbackConnectionsFrom(String address) {
        return requireStarted(callback).clients().openFrom(address);
    }

    @Override
    public synchronized void close() {
        if (api != null) {
            api.close();
            api = null;
        }
        if (callback != null) {
            callback.close();
            callback = null;
        }
    }

    private static Door requireStarted(Door door) {
        if (door == null) {
            throw new IllegalStateException("not started (or this door is not served)");
        }
        return door;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** A wildcard bind is reached on loopback from this machine; an IPv6 literal needs brackets in a URL. */
    private static String urlHost(String host) {
        if (isWildcard(host)) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String apiHost = "127.0.0.1";
        private int apiPort;
        private String callbackPath = DEFAULT_CALLBACK_PATH;
        private CallbackHandler callbackHandler;
        private Inbox inbox;
        private CampaignService campaigns;
        private ApiKeys keys;
        private final List<String> publicNames = new ArrayList<>();
        private Limits limits = Limits.DEFAULTS;
        private Clock clock = Clock.systemUTC();
        private Readiness readiness = Readiness.none();
        private Supplier<String> metrics;

        private Builder() {
        }

        /** The callback door's interface. Default 127.0.0.1; 0.0.0.0 to accept the platform's pushes from outside. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The callback door's port. Default 0: any free port. */
        public Builder port(int port) {
            this.port = checkPort(port, "port");
            return this;
        }

        /** The API door's interface. Default 127.0.0.1; another one only once an API key exists. */
        public Builder apiHost(String apiHost) {
            this.apiHost = Objects.requireNonNull(apiHost, "apiHost");
            return this;
        }

        /** The API door's port. Default 0: any free port. */
        public Builder apiPort(int apiPort) {
            this.apiPort = checkPort(apiPort, "apiPort");
            return this;
        }

        /**
         * Names the API may be reached by besides loopback names and its bound address (the Host
         * allow-list), e.g. the name a reverse proxy forwards with.
         */
        public Builder publicNames(List<String> names) {
            for (String name : Objects.requireNonNull(names, "names")) {
                if (name.isBlank() || !name.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
                    throw new InvalidRequestException("publicName", "a host name or address, was '" + name + "'");
                }
                publicNames.add(name);
            }
            return this;
        }

        public Builder callbackPath(String callbackPath) {
            Objects.requireNonNull(callbackPath, "callbackPath");
            if (!callbackPath.matches("/[A-Za-z0-9._~/-]*") || callbackPath.startsWith(ApiHandler.PREFIX)) {
                throw new InvalidRequestException("callbackPath", "a path such as /wx/callback: /, then letters, digits, . _ ~ - /, not under "
                        + ApiHandler.PREFIX);
            }
            this.callbackPath = callbackPath;
            return this;
        }

        /** Required: verifies, decrypts and parses pushes; its listener must store the event before returning. */
        public Builder callbackHandler(CallbackHandler callbackHandler) {
            this.callbackHandler = Objects.requireNonNull(callbackHandler, "callbackHandler");
            return this;
        }

        /**
         * Optional: where every push other than a campaign event is stored (and forwarded) before it is
         * answered; without it those are answered {@code success} unstored. The caller starts and closes it.
         */
        public Builder inbox(Inbox inbox) {
            this.inbox = Objects.requireNonNull(inbox, "inbox");
            return this;
        }

        /** Optional: the campaign API, open only to callers with a key from {@code keys}. Without it only the callback door opens. */
        public Builder campaigns(CampaignService campaigns, ApiKeys keys) {
            this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
            this.keys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        /** Handler threads per door (default 16); each door has its own. */
        public Builder threads(int threads) {
            this.limits = limits.withThreads(threads);
            return this;
        }

        /** Open connections per door in total (default 512) and from one client address (default 32). */
        public Builder maxConnections(int total, int perClient) {
            this.limits = limits.withConnections(total, perClient);
            return this;
        }

        /**
         * How long a client may take to send its first request head (default 10 s) and a body (10 s), and
         * how long a connection may stay silent (30 s).
         */
        public Builder timeouts(Duration header, Duration body, Duration idle) {
            this.limits = limits.withTimeouts(header, body, idle);
            return this;
        }

        /** What {@code GET /readyz} on the API door checks (default: nothing, ready while the process answers). */
        public Builder readiness(Readiness readiness) {
            this.readiness = Objects.requireNonNull(readiness, "readiness");
            return this;
        }

        /**
         * Serves {@code GET /metrics} on the API door (a key with the read scope): the Prometheus text exposition,
         * e.g. {@code PrometheusMeterRegistry::scrape}. Without it there is no {@code /metrics}.
         */
        public Builder metrics(Supplier<String> prometheusText) {
            this.metrics = Objects.requireNonNull(prometheusText, "prometheusText");
            return this;
        }

        /** The clock of the refusal log's rate. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public ReceiverServer build() {
            Objects.requireNonNull(callbackHandler, "callbackHandler");
            return new ReceiverServer(this);
        }

        private static int checkPort(int port, String field) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(field + " must be 0 to 65535, was " + port);
            }
            return port;
        }
    }
}
