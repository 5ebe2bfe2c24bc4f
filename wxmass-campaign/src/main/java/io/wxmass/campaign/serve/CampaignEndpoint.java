package io.wxmass.campaign.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.plan.PlanResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
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
 * POST   /api/campaigns/{id}/preview   preview to the campaign's preview openids
 * POST   /api/campaigns/{id}/approve   freeze the audience into batches
 * POST   /api/campaigns/{id}/send      submit every due batch (blocks until submitted)
 * DELETE /api/campaigns/{id}           retract (also POST /api/campaigns/{id}/retract)
 * </pre>
 */
final class CampaignEndpoint implements HttpHandler {
    static final String BASE = "/api/campaigns";
    private static final Logger log = LoggerFactory.getLogger(CampaignEndpoint.class);
    private static final List<String> ACTIONS = List.of("", "preview", "approve", "send", "retract", "schedule");

    private final CampaignService campaigns;

    CampaignEndpoint(CampaignService campaigns) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
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
                    Exchanges.sendJson(exchange, 201, CampaignJson.campaign(campaigns.create(spec)));
                }
                case "GET" -> Exchanges.sendJson(exchange, 200,
                        Map.of("campaigns", campaigns.list().stream().map(CampaignJson::campaign).toList()));
                default -> methodNotAllowed(exchange);
            }
            return;
        }
        String id = parts.get(0);
        String action = parts.size() > 1 ? parts.get(1) : "";
        if (parts.size() > 2 || !ACTIONS.contains(action)) {
            Exchanges.sendJson(exchange, 404, ApiError.notFound("no such resource: " + exchange.getRequestURI().getPath()).body());
            return;
        }
        switch (method + " " + action) {
            case "GET " -> Exchanges.sendJson(exchange, 200, CampaignJson.status(campaigns.campaign(id), campaigns.status(id)));
            case "GET schedule" -> Exchanges.sendJson(exchange, 200, CampaignJson.outlook(campaigns.outlook(id)));
            case "POST preview" -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("campaignId", id);
                body.put("previewed", campaigns.preview(id));
                Exchanges.sendJson(exchange, 200, body);
            }
            case "POST approve" -> {
                PlanResult plan = campaigns.plan(id);
                Exchanges.sendJson(exchange, 200, CampaignJson.plan(campaigns.campaign(id), plan));
            }
            case "POST send" -> Exchanges.sendJson(exchange, 200, CampaignJson.totals(campaigns.run(id)));
            case "DELETE ", "POST retract" -> Exchanges.sendJson(exchange, 200, CampaignJson.retracted(id, campaigns.retract(id)));
            default -> methodNotAllowed(exchange);
        }
    }

    private static void methodNotAllowed(HttpExchange exchange) throws IOException {
        Exchanges.sendJson(exchange, 405, new ApiError(405, "method_not_allowed", null,
                exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestURI().getPath()).body());
    }
}
