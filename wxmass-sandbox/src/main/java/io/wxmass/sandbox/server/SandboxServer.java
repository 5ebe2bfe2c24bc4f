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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP front of the sandbox on the JDK's server: routes, counts each request per path, applies the
 * fault plan to platform endpoints (not to /admin) and renders {@link PlatformError}s as the platform does.
 */
public final class SandboxServer implements AutoCloseable {
    static {
        // The JDK server writes a response's headers and body separately; without TCP_NODELAY the body waits
        // for the client's delayed ACK, ~40 ms per request for every client. Read once per JVM, when the first
        // JDK server starts, so it is set here unless the operator chose a value.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final int MAX_BODY = 12 * 1024 * 1024;

    private final HttpServer http;
    private final ExecutorService pool;
    private final Router router;
    private final FaultPlan faults;
    private final Counters counters;

    public SandboxServer(String host, int port, Router router, FaultPlan faults, Counters counters) {
        this.router = Objects.requireNonNull(router, "router");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.pool = Executors.newFixedThreadPool(Math.max(16, Runtime.getRuntime().availableProcessors() * 4),
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

    /** e.g. {@code http://127.0.0.1:54321}. */
    public URI baseUri() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort());
    }

    public int port() {
        return http.getAddress().getPort();
    }

    private void serve(HttpExchange ex) throws IOException {
        boolean cut = false;
        try {
            String path = ex.getRequestURI().getPath();
            byte[] body = readBody(ex.getRequestBody());
            boolean platform = !path.startsWith("/admin/");
            if (platform) {
                counters.request(path);
            }
            FaultAction fault = platform ? faults.decide(path) : FaultAction.NONE;
            PlatformResponse response = fault instanceof FaultAction.SystemError
                    ? error(PlatformError.of(-1, "system error"))
                    : answer(ex, path, body);
            if (fault instanceof FaultAction.Delay d) {
                Thread.sleep(d.duration().toMillis());
            }
            cut = fault instanceof FaultAction.Cut;
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

    private PlatformResponse answer(HttpExchange ex, String path, byte[] body) {
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        PlatformRequest request = new PlatformRequest(ex.getRequestMethod(), path, ex.getRequestURI().getRawQuery(),
                headers, body);
        try {
            Route route = router.find(path).orElse(null);
            if (route == null) {
                return PlatformResponse.json(404, Json.object().put("errcode", 404).put("errmsg", "no such endpoint " + path));
            }
            return route.handle(request);
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

    private static void write(HttpExchange ex, PlatformResponse response, boolean cut) throws IOException {
        ex.getResponseHeaders().set("Content-Type", response.contentType());
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

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            throw new IOException("request body over " + MAX_BODY + " bytes");
        }
        return body;
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
