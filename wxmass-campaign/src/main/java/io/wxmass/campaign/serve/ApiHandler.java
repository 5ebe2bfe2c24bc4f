package io.wxmass.campaign.serve;

import io.wxmass.campaign.auth.ApiKey;
import io.wxmass.campaign.auth.ApiKeys;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The API door's front: in this order, the browser checks ({@link RequestGuard}), the key
 * ({@code Authorization: Bearer wxk_...}; 401 without a valid, unrevoked one), the route (404, 405), its
 * scope (403), then the body (read without a thread) and the route's work. Every refusal is logged at a
 * bounded rate, and never with the key.
 */
final class ApiHandler extends Handler.Abstract {
    static final String PREFIX = "/api/";

    private final RequestGuard guard;
    private final ApiKeys keys;
    private final List<ApiRoutes> families;
    private final Duration bodyTimeout;
    private final Executor executor;
    private final RefusalLog refusals;

    ApiHandler(RequestGuard guard, ApiKeys keys, List<ApiRoutes> families, Duration bodyTimeout, Executor executor,
               RefusalLog refusals) {
        this.guard = Objects.requireNonNull(guard, "guard");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.families = List.copyOf(families);
        this.bodyTimeout = Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        Optional<ApiError> refused = guard.check(request);
        if (refused.isPresent()) {
            return refuse(request, refused.get(), response, callback);
        }
        Optional<ApiKey> key = keys.authenticate(bearer(request));
        if (key.isEmpty()) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            return refuse(request, ApiError.unauthorized(request.getHeaders().contains(HttpHeader.AUTHORIZATION)
                    ? "the key is unknown or revoked" : "required: Bearer and an API key (wxmass keys create)"), response, callback);
        }
        List<String> segments = path.startsWith(PREFIX) ? segments(path.substring(PREFIX.length())) : List.of();
        Map<String, String> query = query(request);
        // The body is read before any answer to a caller with a key, so the connection stays usable after a 404 or 405.
        Exchanges.withBody(request, bodyTimeout, executor, callback, (body, failure) -> {
            if (failure != null) {
                Reply.error(new ApiError(failure.status, "invalid", "body", "body: " + failure.getMessage())).send(response, callback);
                return;
            }
            Map<String, ApiRoutes.Route> routes = new HashMap<>();
            for (ApiRoutes family : families) {
                family.routes(segments).forEach(routes::putIfAbsent); // one path may have methods in several families
            }
            ApiRoutes.Route route = routes.get(method);
            Reply reply;
            if (routes.isEmpty()) {
                reply = Reply.error(ApiError.notFound("no such resource: " + path));
            } else if (route == null) {
                response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", routes.keySet().stream().sorted().toList()));
                reply = Reply.error(ApiError.methodNotAllowed(method, path));
            } else if (!key.get().allows(route.scope())) {
                ApiError error = ApiError.missingScope(route.scope());
                refusals.refuse("api 403", method + " " + path + " by key " + key.get().name() + ": " + error.message());
                reply = Reply.error(error);
            } else {
                reply = run(route, new ApiCall(method, segments, query, body, key.get()), path);
            }
            reply.send(response, callback);
        });
        return true;
    }

    private Reply run(ApiRoutes.Route route, ApiCall call, String path) {
        try {
            return route.action().run(call);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.error(new ApiError(503, "interrupted", null, "server shutting down"));
        } catch (RuntimeException e) {
            ApiError error = ApiError.of(e);
            if (error.status() >= 500) {
                refusals.fail("api " + error.kind(), call.method() + " " + path + " by key " + call.key().name() + " failed: " + e);
            }
            return Reply.error(error);
        }
    }

    /**
     * A request answered without reading its body: the connection closes after the answer, so that the client
     * never sends its next request on a connection whose unread bytes the server would have to skip first.
     */
    private static void unread(Request request, Response response) {
        if (RequestGuard.hasBody(request)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
    }

    private boolean refuse(Request request, ApiError error, Response response, Callback callback) {
        unread(request, response);
        refusals.refuse("api " + error.status(), request.getMethod() + " " + Request.getPathInContext(request)
                + " from " + Request.getRemoteAddr(request) + ": " + error.message());
        Reply.error(error).send(response, callback);
        return true;
    }

    static String bearer(Request request) {
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }

    private static List<String> segments(String rest) {
        List<String> parts = new ArrayList<>(Arrays.asList(rest.split("/", -1)));
        if (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1); // a trailing slash
        }
        return parts;
    }

    private static Map<String, String> query(Request request) {
        Fields fields = Request.extractQueryParameters(request);
        Map<String, String> query = new HashMap<>();
        for (Fields.Field field : fields) {
            query.put(field.getName(), field.getValue());
        }
        return query;
    }
}
