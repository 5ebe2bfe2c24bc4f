package io.wxmass.campaign.serve;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.core.error.InvalidRequestException;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The operator verbs of the REST API, a thin layer over {@link CampaignService}; each passes the calling key
 * as its {@link io.wxmass.campaign.Actor}, so the audit log names the key:
 * <pre>
 * POST   /api/campaigns/{id}/preview                     create    to its (at most 20) preview openids
 * POST   /api/campaigns/{id}/approve                     approve   (four-eyes: not by the key that created it)
 * POST   /api/campaigns/{id}/pause | resume              send
 * POST   /api/campaigns/{id}/retry                       send      {"batch": n} or {} for every FAILED batch
 * POST   /api/campaigns/{id}/cancel                      retract
 * POST   /api/campaigns/{id}/retract, DELETE /{id}       retract
 * GET    /api/campaigns/{id}/batches                     read      one line per batch
 * GET    /api/campaigns/{id}/batches/{n}                 read      the evidence on one batch (its row, mass/get)
 * POST   /api/campaigns/{id}/batches/{n}/resolve         admin     {"outcome": "sent" | "not-sent"}
 * GET    /api/campaigns/{id}/export                      read      text/csv: recipients and outcomes
 * GET    /api/campaigns/{id}/audit                       read      the audit log
 * </pre>
 */
final class CampaignVerbEndpoint implements ApiRoutes {
    private final CampaignService campaigns;

    CampaignVerbEndpoint(CampaignService campaigns) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    }

    @Override
    public Map<String, Route> routes(List<String> segments) {
        if (segments.size() < 2 || !segments.get(0).equals("campaigns")) {
            return Map.of();
        }
        if (segments.size() == 2) {
            return Map.of("DELETE", new Route(Scope.RETRACT, this::retract));
        }
        String rest = String.join("/", segments.subList(2, segments.size()).stream()
                .map(p -> p.matches("[0-9]{1,9}") ? "{n}" : p).toList());
        return switch (rest) {
            case "preview" -> Map.of("POST", new Route(Scope.CREATE, this::preview));
            case "approve" -> Map.of("POST", new Route(Scope.APPROVE, this::approve));
            case "pause" -> Map.of("POST", new Route(Scope.SEND, this::pause));
            case "resume" -> Map.of("POST", new Route(Scope.SEND, this::resume));
            case "retry" -> Map.of("POST", new Route(Scope.SEND, this::retry));
            case "cancel" -> Map.of("POST", new Route(Scope.RETRACT, this::cancel));
            case "retract" -> Map.of("POST", new Route(Scope.RETRACT, this::retract));
            case "batches" -> Map.of("GET", new Route(Scope.READ, this::batches));
            case "batches/{n}" -> Map.of("GET", new Route(Scope.READ, this::evidence));
            case "batches/{n}/resolve" -> Map.of("POST", new Route(Scope.ADMIN, this::resolve));
            case "export" -> Map.of("GET", new Route(Scope.READ, this::export));
            case "audit" -> Map.of("GET", new Route(Scope.READ, this::audit));
            default -> Map.of();
        };
    }

    private Reply preview(ApiCall call) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", call.segment(1));
        body.put("previewed", campaigns.preview(call.segment(1), call.actor()));
        return Reply.json(200, body);
    }

    private Reply approve(ApiCall call) {
        PlanResult plan = campaigns.approve(call.segment(1), call.actor());
        Map<String, Object> body = CampaignJson.plan(campaigns.campaign(call.segment(1)), plan);
        body.put("lint", CampaignJson.lint(campaigns.lint(call.segment(1))));
        return Reply.json(200, body);
    }

    private Reply pause(ApiCall call) {
        campaigns.pause(call.segment(1), call.actor());
        return Reply.json(200, CampaignJson.campaign(campaigns.campaign(call.segment(1))));
    }

    private Reply resume(ApiCall call) {
        campaigns.resume(call.segment(1), call.actor());
        return Reply.json(200, CampaignJson.campaign(campaigns.campaign(call.segment(1))));
    }

    private Reply cancel(ApiCall call) {
        return Reply.json(200, CampaignJson.retracted(call.segment(1), campaigns.cancel(call.segment(1), call.actor())));
    }

    private Reply retract(ApiCall call) {
        return Reply.json(200, CampaignJson.retracted(call.segment(1), campaigns.retract(call.segment(1), call.actor())));
    }

    private Reply retry(ApiCall call) {
        JsonNode body = object(call, Set.of("batch"));
        Integer batch = body.hasNonNull("batch") ? batchNumber(body.get("batch"), "batch") : null;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", call.segment(1));
        json.put("requeued", campaigns.retry(call.segment(1), batch, call.actor()));
        return Reply.json(200, json);
    }

    private Reply batches(ApiCall call) {
        return Reply.json(200, Map.of("batches", campaigns.batchLines(call.segment(1)).stream().map(OperatorJson::line).toList()));
    }

    private Reply evidence(ApiCall call) {
        return Reply.json(200, OperatorJson.evidence(campaigns.evidence(call.segment(1), Integer.parseInt(call.segment(3)))));
    }

    private Reply resolve(ApiCall call) {
        JsonNode body = object(call, Set.of("outcome"));
        JsonNode outcome = body.get("outcome");
        if (outcome == null || !outcome.isTextual() || !Set.of("sent", "not-sent").contains(outcome.asText())) {
            throw new InvalidRequestException("outcome", "required: \"sent\" or \"not-sent\"");
        }
        return Reply.json(200, OperatorJson.evidence(campaigns.resolve(call.segment(1), Integer.parseInt(call.segment(3)),
                outcome.asText().equals("sent"), call.actor())));
    }

    private Reply export(ApiCall call) {
        StringWriter csv = new StringWriter();
        campaigns.export(call.segment(1), csv, call.actor());
        return new Reply(200, "text/csv; charset=utf-8", csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Reply audit(ApiCall call) {
        return Reply.json(200, Map.of("audit", campaigns.audit(call.segment(1)).stream().map(OperatorJson::audit).toList()));
    }

    /** The body as an object holding only {@code known} fields (an empty body is an empty object). */
    private static JsonNode object(ApiCall call, Set<String> known) {
        JsonNode body = call.json();
        if (!body.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new InvalidRequestException(name.length() > 40 ? "(a field)" : name, "unknown field: expected " + String.join(", ", known));
            }
        }
        return body;
    }

    private static int batchNumber(JsonNode node, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            throw new InvalidRequestException(field, "must be a batch number, 1 or more");
        }
        return node.asInt();
    }
}
