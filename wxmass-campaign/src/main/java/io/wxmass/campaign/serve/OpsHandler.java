package io.wxmass.campaign.serve;

import io.wxmass.campaign.auth.ApiKey;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.auth.Scope;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The operations paths of the API door, in front of the REST API: {@code GET /healthz} (the process answers),
 * {@code GET /readyz} (the {@link Readiness} checks pass; 503 and each verdict otherwise), and {@code GET /metrics}
 * (Prometheus text; a key with the {@code read} scope, like every read of the API, because the door may face more
 * than loopback). The probes need no key: a container's health check and Kubernetes' probes carry none, and they
 * tell only up or down. All three keep the door's Host and Origin checks (DNS rebinding). Everything else goes on
 * to the next handler.
 */
final class OpsHandler extends Handler.Wrapper {
    static final String HEALTH = "/healthz";
    static final String READY = "/readyz";
    static final String METRICS = "/metrics";
    /** The version of the text exposition format, as Prometheus expects it in the content type. */
    static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final RequestGuard guard;
    private final ApiKeys keys;
    private final Readiness readiness;
    private final Supplier<String> metrics;
    private final RefusalLog refusals;

    OpsHandler(Handler next, RequestGuard guard, ApiKeys keys, Readiness readiness, Supplier<String> metrics,
               RefusalLog refusals) {
        super(next);
        this.guard = Objects.requireNonNull(guard, "guard");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.metrics = metrics;
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        boolean ops = path.equals(HEALTH) || path.equals(READY) || (metrics != null && path.equals(METRICS));
        if (!ops) {
            return super.handle(request, response, callback);
        }
        Reply reply = answer(request, path);
        if (RequestGuard.hasBody(request)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close"); // its body is never read
        }
        if (reply.status() == 401) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
        }
        if (reply.status() == 405) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET");
        }
        reply.send(response, callback);
        return true;
    }

    private Reply answer(Request request, String path) {
        Optional<ApiError> refused = guard.check(request);
        if (refused.isPresent()) {
            return refuse(request, refused.get());
        }
        if (!request.getMethod().equals("GET")) {
            return Reply.error(ApiError.methodNotAllowed(request.getMethod(), path));
        }
        if (path.equals(HEALTH)) {
            return Reply.json(200, Map.of("status", "up"));
        }
        if (path.equals(READY)) {
            Map<String, String> checks = readiness.run();
            boolean ready = checks.values().stream().allMatch("ok"::equals);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", ready ? "ready" : "not_ready");
            body.put("checks", checks);
            return Reply.json(ready ? 200 : 503, body);
        }
        Optional<ApiKey> key = keys.authenticate(ApiHandler.bearer(request));
        if (key.isEmpty()) {
            return refuse(request, ApiError.unauthorized(request.getHeaders().contains(HttpHeader.AUTHORIZATION)
                    ? "the key is unknown or revoked" : "required: Bearer and an API key with the read scope"));
        }
        if (!key.get().allows(Scope.READ)) {
            ApiError error = ApiError.missingScope(Scope.READ);
            refusals.refuse("api 403", "GET " + path + " by key " + key.get().name() + ": " + error.message());
            return Reply.error(error);
        }
        return new Reply(200, PROMETHEUS_TYPE, metrics.get().getBytes(StandardCharsets.UTF_8));
    }

    private Reply refuse(Request request, ApiError error) {
        refusals.refuse("api " + error.status(), request.getMethod() + " " + Request.getPathInContext(request)
                + " from " + Request.getRemoteAddr(request) + ": " + error.message());
        return Reply.error(error);
    }
}
