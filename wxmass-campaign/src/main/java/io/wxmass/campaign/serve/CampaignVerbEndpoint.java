package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.wxmass.campaign.Actor;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.core.error.InvalidRequestException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The operator verbs of the REST API, a thin layer over {@link CampaignService}; each names its {@link Actor}:
 * <pre>
 * POST   /api/campaigns/{id}/preview | approve | pause | resume | cancel | retract   (DELETE /{id} = retract)
 * POST   /api/campaigns/{id}/retry                       {"batch": n} or {} for every FAILED batch
 * GET    /api/campaigns/{id}/batches                     one line per batch
 * GET    /api/campaigns/{id}/batches/{n}                 the evidence on one batch (its row, mass/get)
 * POST   /api/campaigns/{id}/batches/{n}/resolve         {"outcome": "sent" | "not-sent"}
 * GET    /api/campaigns/{id}/export                      text/csv: recipients and outcomes
 * GET    /api/campaigns/{id}/audit                       the audit log
 * </pre>
 */
final class CampaignVerbEndpoint {
    /** The first path segment after the campaign id of every verb route. */
    static final Set<String> ACTIONS = Set.of("preview", "approve", "pause", "resume", "cancel", "retract", "retry",
            "batches", "export", "audit");

    /** Until requests carry an API key, who called is not known. */
    static final Function<HttpExchange, Actor> ANONYMOUS = exchange -> Actor.key("anonymous");

    private final CampaignService campaigns;
    private final Function<HttpExchange, Actor> actors;

    CampaignVerbEndpoint(CampaignService campaigns, Function<HttpExchange, Actor> actors) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    /** Answers the request if it is a verb route ({@code rest} is the path after the campaign id); false if not. */
    boolean route(HttpExchange exchange, String method, String id, List<String> rest) throws IOException {
        String route = method + " " + String.join("/", rest.stream().map(p -> p.matches("[0-9]+") ? "{n}" : p).toList());
        switch (route) {
            case "POST preview" -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("campaignId", id);
                body.put("previewed", campaigns.preview(id, actor(exchange)));
                Exchanges.sendJson(exchange, 200, body);
            }
            case "POST approve" -> {
                PlanResult plan = campaigns.approve(id, actor(exchange));
                Exchanges.sendJson(exchange, 200, CampaignJson.plan(campaigns.campaign(id), plan));
            }
            case "POST pause" -> {
                campaigns.pause(id, actor(exchange));
                Exchanges.sendJson(exchange, 200, CampaignJson.campaign(campaigns.campaign(id)));
            }
            case "POST resume" -> {
                campaigns.resume(id, actor(exchange));
                Exchanges.sendJson(exchange, 200, CampaignJson.campaign(campaigns.campaign(id)));
            }
            case "POST cancel" -> Exchanges.sendJson(exchange, 200,
                    CampaignJson.retracted(id, campaigns.cancel(id, actor(exchange))));
            case "POST retract", "DELETE " -> Exchanges.sendJson(exchange, 200,
                    CampaignJson.retracted(id, campaigns.retract(id, actor(exchange))));
            case "POST retry" -> {
                JsonNode body = Exchanges.jsonBody(exchange);
                Integer batch = body.hasNonNull("batch") ? positive(body.get("batch"), "batch") : null;
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("campaignId", id);
                json.put("requeued", campaigns.retry(id, batch, actor(exchange)));
                Exchanges.sendJson(exchange, 200, json);
            }
            case "GET batches" -> Exchanges.sendJson(exchange, 200,
                    Map.of("batches", campaigns.batchLines(id).stream().map(OperatorJson::line).toList()));
            case "GET batches/{n}" -> Exchanges.sendJson(exchange, 200,
                    OperatorJson.evidence(campaigns.evidence(id, batchNo(rest))));
            case "POST batches/{n}/resolve" -> {
                JsonNode body = Exchanges.jsonBody(exchange);
                String outcome = body.path("outcome").asText("");
                if (!outcome.equals("sent") && !outcome.equals("not-sent")) {
                    throw new InvalidRequestException("outcome", "must be \"sent\" or \"not-sent\"");
                }
                Exchanges.sendJson(exchange, 200, OperatorJson.evidence(
                        campaigns.resolve(id, batchNo(rest), outcome.equals("sent"), actor(exchange))));
            }
            case "GET export" -> {
                StringWriter csv = new StringWriter();
                campaigns.export(id, csv, actor(exchange));
                Exchanges.send(exchange, 200, "text/csv; charset=utf-8", csv.toString().getBytes(StandardCharsets.UTF_8));
            }
            case "GET audit" -> Exchanges.sendJson(exchange, 200,
                    Map.of("audit", campaigns.audit(id).stream().map(OperatorJson::audit).toList()));
            default -> {
                return false;
            }
        }
        return true;
    }

    Actor actor(HttpExchange exchange) {
        return actors.apply(exchange);
    }

    private static int batchNo(List<String> rest) {
        return Integer.parseInt(rest.get(1));
    }

    private static int positive(JsonNode node, String field) {
        if (!node.canConvertToInt() || node.asInt() < 1) {
            throw new InvalidRequestException(field, "must be a batch number, 1 or more");
        }
        return node.asInt();
    }
}
