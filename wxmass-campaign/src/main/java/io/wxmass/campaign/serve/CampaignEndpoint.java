package io.wxmass.campaign.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The campaign REST API, JSON in and out, under {@value #BASE}:
 * <pre>
 * POST   /api/campaigns                create (body: {@link CampaignRequestJson})   201
 * GET    /api/campaigns                list
 * GET    /api/campaigns/{id}           status: the campaign and its totals
 * GET    /api/campaigns/{id}/schedule  batches per day, days needed and ETA under today's quota (quota/get)
 * POST   /api/campaigns/{id}/send      202: the resident sender sends it (without one: 200 once submitted)
 * </pre>
 * and the operator verbs of {@link CampaignVerbEndpoint}.
 */
final class CampaignEndpoint implements HttpHandler {
    static final String BASE = "/api/campaigns";
    private static final Logger log = LoggerFactory.getLogger(CampaignEndpoint.class);
    private static final List<String> ACTIONS = List.of("", "send", "schedule");

    private final CampaignService campaigns;
    private final CampaignVerbEndpoint verbs;

    CampaignEndpoint(CampaignService campaigns) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.verbs = new CampaignVerbEndpoint(campaigns, CampaignVerbEndpoint.ANONYMOUS);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            route(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Exchanges.sendJson(exchange, 503, new ApiError(503, "interrupted", null, "server shutting down").body());
        } catch (RuntimeException e) {
            ApiError error = ApiError.of(e);
            if (error.status() >= 500) {
                log.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e.toString());
            }
            Exchanges.sendJson(exchange, error.status(), error.body());
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rest = exchange.getRequestURI().getPath().substring(BASE.length());
        List<String> parts = rest.isEmpty() || rest.equals("/") ? List.of() : List.of(rest.substring(1).split("/"));
        if (parts.isEmpty()) {
            switch (method) {
                case "POST" -> {
                    CampaignSpec spec = CampaignRequestJson.read(Exchanges.jsonBody(exchange));
                    Exchanges.sendJson(exchange, 201, CampaignJson.campaign(campaigns.create(spec, verbs.actor(exchange))));
                }
                case "GET" -> Exchanges.sendJson(exchange, 200,
                        Map.of("campaigns", campaigns.list().stream().map(CampaignJson::campaign).toList()));
                default -> methodNotAllowed(exchange);
            }
            return;
        }
        String id = parts.get(0);
        if (verbs.route(exchange, method, id, parts.subList(1, parts.size()))) {
            return;
        }
        String action = parts.size() > 1 ? parts.get(1) : "";
        if (parts.size() > 2 || !(ACTIONS.contains(action) || CampaignVerbEndpoint.ACTIONS.contains(action))) {
            Exchanges.sendJson(exchange, 404, ApiError.notFound("no such resource: " + exchange.getRequestURI().getPath()).body());
            return;
        }
        switch (method + " " + action) {
            case "GET " -> Exchanges.sendJson(exchange, 200, CampaignJson.status(campaigns.campaign(id), campaigns.status(id)));
            case "GET schedule" -> Exchanges.sendJson(exchange, 200, CampaignJson.outlook(campaigns.outlook(id)));
            case "POST send" -> {
                if (campaigns.sendsInBackground()) {
                    // The resident sender takes it from here: the HTTP thread is free at once.
                    campaigns.send(id);
                    Exchanges.sendJson(exchange, 202, CampaignJson.totals(campaigns.status(id)));
                } else {
                    Exchanges.sendJson(exchange, 200, CampaignJson.totals(campaigns.run(id)));
                }
            }
            default -> methodNotAllowed(exchange);
        }
    }

    private static void methodNotAllowed(HttpExchange exchange) throws IOException {
        Exchanges.sendJson(exchange, 405, new ApiError(405, "method_not_allowed", null,
                exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestURI().getPath()).body());
    }
}
