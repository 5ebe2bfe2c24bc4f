package io.wxmass.transport.httpclient5;

import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.http.HttpCaller;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HttpCaller} over Apache HttpClient 5's classic API: blocking I/O on the caller's thread (no selector
 * thread, no hand-off), a pool of kept-alive connections shared by all callers. Plug it in with
 * {@code WxMassConfig.builder().httpCaller(ApacheHttpCaller.create())}; close it when the application stops.
 *
 * <p>HttpClient's own retries, redirects, cookies and compression are off: core's retry policy alone decides
 * what is re-posted (a mass send never without its clientmsgid), and the platform neither redirects nor sets
 * cookies. The deadline covers headers and body: every read waits at most for the time left ({@link
 * DeadlineSocket}). HttpClient's DEBUG loggers ({@code org.apache.hc.client5.http}) print request lines, which
 * carry the access token: keep them at INFO (a warning says so at build time when they are not).
 */
public final class ApacheHttpCaller implements HttpCaller, Closeable {
    private static final Logger log = LoggerFactory.getLogger(ApacheHttpCaller.class);

    /** Callers sharing one route (the platform's host) without queueing for a connection. */
    public static final int DEFAULT_MAX_PER_ROUTE = 64;

    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager connections;
    private final int maxPerRoute;
    private volatile TimedConfig lastConfig;

    private ApacheHttpCaller(Builder b) {
        TlsSocketStrategy tls = b.sslContext == null ? DefaultClientTlsStrategy.createDefault()
                : new DefaultClientTlsStrategy(b.sslContext);
        this.connections = new DeadlineConnections()
                .setTlsSocketStrategy(tls)
                .setMaxConnPerRoute(b.maxPerRoute)
                .setMaxConnTotal(Math.max(b.maxTotal, b.maxPerRoute))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(b.connectTimeout))
                        .build())
                .build();
        this.maxPerRoute = b.maxPerRoute;
        this.client = HttpClients.custom()
                .setConnectionManager(connections)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
        if (LoggerFactory.getLogger("org.apache.hc.client5.http").isDebugEnabled()) {
            log.warn("org.apache.hc.client5.http logs at DEBUG: its request lines carry the access token; set it to INFO");
        }
    }

    /** Connect timeout {@link WxMassConfig#DEFAULT_CONNECT_TIMEOUT}, {@value #DEFAULT_MAX_PER_ROUTE} connections. */
    public static ApacheHttpCaller create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Response call(Request request) throws Failure, InterruptedException {
        long started = System.nanoTime();
        long deadline = started + request.timeout().toNanos();
        HttpUriRequestBase http = request.method() == Endpoint.Method.GET ? new HttpGet(request.uri()) : post(request);
        http.setHeader("Accept", "application/json");
        http.setConfig(config(request.timeout()));
        try {
            return DeadlineSocket.within(deadline, () -> client.execute(http, response -> {
                HttpEntity entity = response.getEntity();
                return new Response(response.getCode(), entity == null ? new byte[0] : EntityUtils.toByteArray(entity));
            }));
        } catch (IOException e) {
            if (Thread.interrupted()) {
                InterruptedException interrupted = new InterruptedException("interrupted during the round trip");
                interrupted.initCause(e);
                throw interrupted;
            }
            throw new Failure(kind(e), e);
        }
    }

    private static HttpPost post(Request request) {
        HttpPost post = new HttpPost(request.uri());
        // The header as core wrote it (boundary and charset included), not re-formatted by a ContentType.
        post.setHeader("Content-Type", request.contentType());
        post.setEntity(new ByteArrayEntity(request.body(), null));
        return post;
    }

    /** One request config per timeout (a transport always asks the same): waiting for a pooled connection counts too. */
    private RequestConfig config(Duration timeout) {
        TimedConfig last = lastConfig;
        if (last == null || !last.timeout().equals(timeout)) {
            last = new TimedConfig(timeout, RequestConfig.custom()
                    .setConnectionRequestTimeout(Timeout.of(timeout))
                    .setResponseTimeout(Timeout.of(timeout))
                    .build());
            lastConfig = last;
        }
        return last.config();
    }

    private static FailureKind kind(IOException e) {
        if (e instanceof ConnectTimeoutException || e instanceof ConnectionRequestTimeoutException) {
            return FailureKind.CONNECT_TIMED_OUT; // not connected, or no pooled connection free: nothing was sent
        }
        if (e instanceof ConnectException) {
            return FailureKind.CONNECT_REFUSED; // HttpHostConnectException among them
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return FailureKind.NO_ANSWER_BEFORE_DEADLINE;
        }
        return FailureKind.IO;
    }

    /** Closes the pooled connections; calls in flight fail. */
    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    @Override
    public String toString() {
        return "ApacheHttpCaller[maxPerRoute=" + maxPerRoute + ", " + connections.getTotalStats() + "]";
    }

    private record TimedConfig(Duration timeout, RequestConfig config) {
    }

    /** The pooled manager whose sockets are {@link DeadlineSocket}s (HttpClient's one hook for making sockets). */
    private static final class DeadlineConnections extends PoolingHttpClientConnectionManagerBuilder {
        @Override
        protected HttpClientConnectionOperator createConnectionOperator(SchemePortResolver ports, DnsResolver dns,
                                                                        TlsSocketStrategy tls) {
            return new DefaultHttpClientConnectionOperator(DeadlineConnections::socket, ports, dns,
                    RegistryBuilder.<TlsSocketStrategy>create().register("https", tls).build());
        }

        private static java.net.Socket socket(Proxy proxy) {
            return proxy == null || proxy.type() == Proxy.Type.DIRECT ? new DeadlineSocket() : new DeadlineSocket(proxy);
        }
    }

    /** The pool and timeouts; every setting has a default fit for one account's callers. */
    public static final class Builder {
        private Duration connectTimeout = WxMassConfig.DEFAULT_CONNECT_TIMEOUT;
        private int maxPerRoute = DEFAULT_MAX_PER_ROUTE;
        private int maxTotal = 2 * DEFAULT_MAX_PER_ROUTE;
        private SSLContext sslContext;

        private Builder() {
        }

        /** How long opening a connection may take (core's {@code connectTimeout} does not reach here). */
        public Builder connectTimeout(Duration connectTimeout) {
            Objects.requireNonNull(connectTimeout, "connectTimeout");
            if (connectTimeout.isNegative() || connectTimeout.isZero()) {
                throw new IllegalArgumentException("connectTimeout must be positive");
            }
            this.connectTimeout = connectTimeout;
            return this;
        }

        /** Connections kept to one host; callers beyond it wait for one (within their request timeout). */
        public Builder maxPerRoute(int maxPerRoute) {
            if (maxPerRoute < 1) {
                throw new IllegalArgumentException("maxPerRoute must be at least 1");
            }
            this.maxPerRoute = maxPerRoute;
            return this;
        }

        /** Connections kept in all; at least {@link #maxPerRoute(int)}. */
        public Builder maxTotal(int maxTotal) {
            if (maxTotal < 1) {
                throw new IllegalArgumentException("maxTotal must be at least 1");
            }
            this.maxTotal = maxTotal;
            return this;
        }

        /** The TLS context (e.g. a private trust store); the JVM's default otherwise. */
        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
            return this;
        }

        public ApacheHttpCaller build() {
            return new ApacheHttpCaller(this);
        }
    }
}
