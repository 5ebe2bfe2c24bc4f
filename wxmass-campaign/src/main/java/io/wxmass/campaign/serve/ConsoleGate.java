package io.wxmass.campaign.serve;

import io.wxmass.campaign.console.CampaignConsole;
import io.wxmass.campaign.console.ConsoleRequest;
import io.wxmass.campaign.console.ConsoleResponse;
import io.wxmass.campaign.console.ScopeTable;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Mounts the campaign console on the API door: its paths go, after the REST door's Host and Origin checks,
 * to {@link CampaignConsole} with the body read as the REST door reads it (bounded in size and time);
 * every other path goes on to the REST API.
 */
final class ConsoleGate extends Handler.Wrapper {
    private final RequestGuard guard;
    private final CampaignConsole console;
    private final Duration bodyTimeout;
    private final Executor executor;
    private final RefusalLog refusals;

    ConsoleGate(RequestGuard guard, CampaignConsole console, Handler api, Duration bodyTimeout, Executor executor,
                RefusalLog refusals) {
        super(api);
        this.guard = Objects.requireNonNull(guard, "guard");
        this.console = Objects.requireNonNull(console, "console");
        this.bodyTimeout = Objects.requireNonNull(bodyTimeout, "bodyTimeout");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    /** The scope of each REST route, for the console's twin of it (one table for both doors). */
    static ScopeTable scopes(List<ApiRoutes> families) {
        return (method, segments) -> {
            for (ApiRoutes family : families) {
                ApiRoutes.Route route = family.routes(segments).get(method);
                if (route != null) {
                    return Optional.of(route.scope());
                }
            }
            return Optional.empty();
        };
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!CampaignConsole.serves(path)) {
            return super.handle(request, response, callback);
        }
        Optional<ApiError> refused = guard.checkBrowser(request);
        if (refused.isPresent()) {
            if (RequestGuard.hasBody(request)) {
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
            }
            refusals.refuse("console " + refused.get().status(), request.getMethod() + " " + path + " from "
                    + Request.getRemoteAddr(request) + ": " + refused.get().message());
            Reply.text(refused.get().status(), refused.get().message()).send(response, callback);
            return true;
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : ConsoleRequest.HEADERS) {
            String value = request.getHeaders().get(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        Map<String, String> query = new HashMap<>();
        for (Fields.Field field : Request.extractQueryParameters(request)) {
            query.put(field.getName(), field.getValue());
        }
        Exchanges.withBody(request, bodyTimeout, executor, callback, (body, failure) -> {
            if (failure != null) {
                Reply.text(failure.status, "body: " + failure.getMessage()).send(response, callback);
                return;
            }
            ConsoleResponse out;
            try {
                out = console.handle(new ConsoleRequest(request.getMethod(), path, query, headers, body));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                Reply.text(503, "server shutting down").send(response, callback);
                return;
            }
            response.setStatus(out.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, out.contentType());
            out.headers().forEach((name, value) -> response.getHeaders().add(name, value));
            response.write(true, out.body().length == 0 ? null : ByteBuffer.wrap(out.body()), callback);
        });
        return true;
    }
}
