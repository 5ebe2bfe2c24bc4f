package io.wxmass.sandbox.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wxmass.core.internal.DaemonThreads;
import io.wxmass.sandbox.faults.FaultAction;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.Counters;
import io.wxmass.sandbox.platform.Ids;
import io.wxmass.sandbox.platform.PlatformError;
import io.wxmass.sandbox.platform.RequestLog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front of the sandbox on the JDK's server: routes, counts each request to a known route, applies the
 * fault plan to platform endpoints (not to /admin or the console), keeps other web pages off both ({@link BrowserGuard}) and renders
 * {@link PlatformError}s as the platform does.
 *
 * <p>Slow clients: the JDK server reads a request's headers and body on a worker thread, so with a fixed pool of
 * 16, 16 sockets that never finish their headers froze the sandbox. Workers now come from a pool that grows with
 * the connections in use (at most {@link #MAX_CONNECTIONS}, the JDK's own cap), and a request not read within
 * {@link #MAX_REQUEST_SECONDS} (a response not written within {@link #MAX_RESPONSE_SECONDS}) has its connection
 * closed by the JDK's timer. Measured (JDK 17, 64 sockets stuck in their headers or body): the fixed pool left a
 * normal call unanswered until the timeout closed them; the growing pool answers it in 2-26 ms. The JDK knobs
 * suffice for the sandbox, so it stays on the JDK server; it has no per-client cap (its load comes from one host).
 */
public final class SandboxServer implements AutoCloseable {
    static final int MAX_CONNECTIONS = 2048;
    static final int MAX_REQUEST_SECONDS = 30;
    static final int MAX_RESPONSE_SECONDS = 60;

    static {
        // Read once per JVM, when the first JDK server starts, so they are set here unless the operator chose values.
        // Without TCP_NODELAY the JDK server's body (written after its headers) waits for the client's delayed ACK,
        // ~40 ms per request for every client.
        setUnlessSet("sun.net.httpserver.nodelay", "true");
        setUnlessSet("sun.net.httpserver.maxReqTime", String.valueOf(MAX_REQUEST_SECONDS));
        setUnlessSet("sun.net.httpserver.maxRspTime", String.valueOf(MAX_RESPONSE_SECONDS));
        setUnlessSet("jdk.httpserver.maxConnections", String.valueOf(MAX_CONNECTIONS));
    }

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    /** The largest request body read: above the platform's 10 MB media limit with room for the multipart framing. */
    static final int MAX_BODY = 12 * 1024 * 1024;
    /** An oversized body is read to its end (up to this) and discarded, so the client gets its answer, not a reset. */
    private static final long MAX_DISCARD = 64L * 1024 * 1024;

    private final HttpServer http;
    private final ExecutorService pool;
    private final Router router;
    private final FaultPlan faults;
    private final Counters counters;
    private final BrowserGuard browsers;
    private final URI publicUrl;
    private final RequestLog refusals;
    private final Clock clock;

    /**
     * @param publicUrl the base URL clients use when it is not the bound address (a proxy, 0.0.0.0); null = the bound address
     * @param refusals  where refused platform requests are kept by rid, for openapi/rid/get
     * @param clock     the sandbox clock, for the time a refusal is recorded at
     */
    public SandboxServer(String host, int port, URI publicUrl, Router router, FaultPlan faults, Counters counters,
                         RequestLog refusals, Clock clock) {
        this.refusals = Objects.requireNonNull(refusals, "refusals");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.router = Objects.requireNonNull(router, "router");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.publicUrl = publicUrl;
        this.browsers = BrowserGuard.forBindAddress(Objects.requireNonNull(host, "host"), publicUrl);
        // Idle workers end after a minute; the JDK's connection cap bounds how many there can be.
        this.pool = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                DaemonThreads.numbered("sandbox-http"));
        try {
            this.http = HttpServer.create(new InetSocketAddress(Objects.requireNonNull(host, "host"), port), 256);
        } catch (IOException e) {
            pool.shutdownNow();
            throw new UncheckedIOException("cannot bind " + host + ":" + port, e);
        }
        http.setExecutor(pool);
        http.createContext("/", this::serve);
        http.start();
    }

    /** e.g. {@code http://127.0.0.1:54321}: the public URL when one is configured, else the bound address. */
    public URI baseUri() {
        if (publicUrl != null) {
            return publicUrl;
        }
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private void serve(HttpExchange ex) throws IOException {
        boolean cut = false;
        long started = System.nanoTime();
        try {
            String path = ex.getRequestURI().getPath();
            byte[] body = readBody(ex.getRequestBody());
            if (body == null) {
                write(ex, tooLarge(path), false);
                return;
            }
            boolean platform = isPlatformPath(path);
            Optional<Router.Match> match = router.match(path);
            if (platform) {
                // Only known routes: a counter per junk path would let any client grow /admin/counters without end.
                match.ifPresent(m -> counters.request(m.key()));
            }
            FaultAction fault = platform ? faults.decide(path) : FaultAction.NONE;
            PlatformResponse response;
            if (fault instanceof FaultAction.SystemError) {
                response = error(PlatformError.of(-1, "system error"));
            } else if (fault instanceof FaultAction.Refuse refuse) {
                response = error(PlatformError.withText(refuse.errcode(), refuse.errmsg()));
            } else {
                response = answer(ex, path, body, match, platform);
            }
            if (fault instanceof FaultAction.Delay d) {
                Thread.sleep(d.duration().toMillis());
            }
            cut = fault instanceof FaultAction.Cut;
            if (platform) {
                remember(ex, path, body, response, started);
            }
            write(ex, response, cut);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.debug("client went away: {}", e.getMessage());
        } finally {
            if (!cut) {
                ex.close();
            }
        }
        if (cut) {
            // Throwing out of the handler makes the JDK server drop the connection mid-body.
            throw new IOException("fault plan: response cut");
        }
    }

    /** The admin API and the console are the sandbox's own: not counted, never faulted, kept from other web pages. */
    private static boolean isPlatformPath(String path) {
        return !path.startsWith("/admin/") && !path.startsWith("/console/") && !path.equals("/");
    }

    private PlatformResponse answer(HttpExchange ex, String path, byte[] body, Optional<Router.Match> match, boolean platform) {
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        PlatformRequest request = new PlatformRequest(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(),
                headers, body);
        try {
            if (!platform) {
                Optional<String> refusal = browsers.refusal(request);
                if (refusal.isPresent()) {
                    return PlatformResponse.json(403, Json.object().put("error", "forbidden").put("message", refusal.get()));
                }
            }
            if (match.isEmpty()) {
                return PlatformResponse.json(404, Json.object().put("errcode", 404).put("errmsg", "no such endpoint " + path));
            }
            return match.get().route().handle(request);
        } catch (PlatformError e) {
            return error(e);
        } catch (BadRequestException e) {
            return PlatformResponse.json(400, Json.object().put("errcode", 400).put("errmsg", e.getMessage()));
        } catch (Exception e) {
            // A bug, never the client's fault: the platform's own answer to one on its paths, a 500 on the admin API.
            LOG.warn("unexpected failure on {}", path, e);
            return path.startsWith("/admin/")
                    ? PlatformResponse.json(500, Json.object().put("errcode", 500).put("errmsg", "internal error: " + e.getClass().getSimpleName()))
                    : error(PlatformError.of(-1, "system error"));
        }
    }

    /** {@code {"errcode":n,"errmsg":"<text> rid: <trace>", ...extra}}, always HTTP 200 as on the platform. */
    public static PlatformResponse error(PlatformError e) {
        ObjectNode node = Json.object().put("errcode", e.code()).put("errmsg", e.errmsg() + " rid: " + Ids.rid());
        e.extra().forEach((k, v) -> node.set(k, Json.MAPPER.valueToTree(v)));
        return PlatformResponse.json(node);
    }

    private static final Pattern RID = Pattern.compile("rid: ([0-9a-f-]+)\"");
    private static final int REFUSAL_MAX_BYTES = 16 * 1024;

    /** A refusal (its errmsg ends with a rid) is kept for rid/get, its access token masked. */
    private void remember(HttpExchange ex, String path, byte[] body, PlatformResponse response, long started) {
        if (response.body().length > REFUSAL_MAX_BYTES) {
            // A refusal is a few hundred bytes; decoding and scanning a 300 KB follower page for one cost as much as writing it.
            return;
        }
        String answer = new String(response.body(), StandardCharsets.UTF_8);
        Matcher rid = RID.matcher(answer);
        if (!rid.find()) {
            return;
        }
        String query = ex.getRequestURI().getRawQuery();
        String masked = query == null ? "" : query.replaceAll("access_token=[^&]*", "access_token=***");
        String clientIp = ex.getRemoteAddress() == null ? "" : ex.getRemoteAddress().getAddress().getHostAddress();
        refusals.add(new RequestLog.Entry(rid.group(1), clock.instant(), (System.nanoTime() - started) / 1_000_000,
                path + (masked.isEmpty() ? "" : "?" + masked), new String(body, StandardCharsets.UTF_8), answer, clientIp));
    }

    private static void write(HttpExchange ex, PlatformResponse response, boolean cut) throws IOException {
        ex.getResponseHeaders().set("Content-Type", response.contentType());
        response.headers().forEach(ex.getResponseHeaders()::set);
        byte[] body = response.body();
        ex.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length == 0) {
            return;
        }
        OutputStream out = ex.getResponseBody();
        if (cut) {
            // Half the body, then the handler throws (see serve) and the server drops the connection.
            out.write(body, 0, body.length / 2);
            out.flush();
            return;
        }
        out.write(body);
        out.close();
    }

    /** The body, or null when it is over {@link #MAX_BODY} (read to its end, or cut if it goes on past MAX_DISCARD). */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length <= MAX_BODY) {
            return body;
        }
        byte[] sink = new byte[64 * 1024];
        for (long discarded = 0; discarded <= MAX_DISCARD; ) {
            int n = in.read(sink);
            if (n < 0) {
                return null;
            }
            discarded += n;
        }
        throw new IOException("request body goes on past " + (MAX_BODY + MAX_DISCARD) + " bytes");
    }

    /** The platform's 40006 (invalid media size) for its own paths; HTTP 413 elsewhere. */
    private static PlatformResponse tooLarge(String path) {
        String errmsg = "request body over " + MAX_BODY + " bytes";
        return path.startsWith("/cgi-bin/")
                ? error(PlatformError.of(40006, "invalid media size, " + errmsg))
                : PlatformResponse.json(413, Json.object().put("errcode", 40006).put("errmsg", errmsg));
    }

    private static void setUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** Stops accepting, lets running exchanges finish briefly, and ends the worker threads. */
    @Override
    public void close() {
        http.stop(0);
        pool.shutdown();
        try {
            if (!pool.awaitTermination(2, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
