package io.wxmass.campaign.serve;

import com.sun.net.httpserver.HttpServer;
import io.wxmass.campaign.CampaignService;
import io.wxmass.core.callback.CallbackHandler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The receiver service ({@code wxmass serve}): the platform's callback endpoint and the campaign
 * REST API on one JDK HTTP server. Port 0 picks a free port; {@link #port()} tells which.
 *
 * <pre>{@code
 * try (ReceiverServer server = ReceiverServer.builder().callbackHandler(handler).campaigns(ops).build().start()) {
 *     String callbackUrl = server.callbackUrl();
 * }
 * }</pre>
 */
public final class ReceiverServer implements AutoCloseable {
    static {
        // The JDK server writes a response's headers and body separately; without TCP_NODELAY the body waits
        // for the client's delayed ACK, ~40 ms per request for every client. Read once per JVM, when the first
        // JDK server starts, so it is set here unless the operator chose a value.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    public static final String DEFAULT_CALLBACK_PATH = "/wx/callback";

    private final Builder config;
    private HttpServer server;
    private ExecutorService executor;

    private ReceiverServer(Builder config) {
        this.config = config;
    }

    public static Builder builder() {
        return new Builder();
    }

    public synchronized ReceiverServer start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(config.host, config.port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.host + ":" + config.port, e);
        }
        server.createContext(config.callbackPath, new CallbackEndpoint(config.callbackHandler));
        if (config.campaigns != null) {
            server.createContext(CampaignEndpoint.BASE, new CampaignEndpoint(config.campaigns));
        }
        executor = Executors.newFixedThreadPool(config.threads, runnable -> {
            Thread thread = new Thread(runnable, "wxmass-receiver");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return this;
    }

    public int port() {
        return requireStarted().getAddress().getPort();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:38211}. */
    public String url() {
        return "http://" + config.host + ":" + port();
    }

    /** Where the platform (or the sandbox) should post its pushes. */
    public String callbackUrl() {
        return url() + config.callbackPath;
    }

    public String apiUrl() {
        return url() + CampaignEndpoint.BASE;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private HttpServer requireStarted() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server;
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String callbackPath = DEFAULT_CALLBACK_PATH;
        private CallbackHandler callbackHandler;
        private CampaignService campaigns;
        private int threads = 8;

        private Builder() {
        }

        /** Default 127.0.0.1; use 0.0.0.0 to accept the platform's pushes from outside. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Default 0: any free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        public Builder callbackPath(String callbackPath) {
            Objects.requireNonNull(callbackPath, "callbackPath");
            if (!callbackPath.startsWith("/") || callbackPath.startsWith(CampaignEndpoint.BASE)) {
                throw new IllegalArgumentException("callbackPath must start with / and not be under " + CampaignEndpoint.BASE);
            }
            this.callbackPath = callbackPath;
            return this;
        }

        /** Required: verifies, decrypts and parses pushes; its listener must store the event before returning. */
        public Builder callbackHandler(CallbackHandler callbackHandler) {
            this.callbackHandler = Objects.requireNonNull(callbackHandler, "callbackHandler");
            return this;
        }

        /** Optional: without it only the callback endpoint is served. */
        public Builder campaigns(CampaignService campaigns) {
            this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
            return this;
        }

        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
            this.threads = threads;
            return this;
        }

        public ReceiverServer build() {
            Objects.requireNonNull(callbackHandler, "callbackHandler");
            return new ReceiverServer(this);
        }
    }
}
