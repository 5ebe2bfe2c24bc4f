package io.wxmass.campaign.serve;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.core.error.InvalidRequestException;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The campaign REST API, JSON in and out, under {@value #BASE}:
 * <pre>
 * POST   /api/campaigns                create (body: {@link CampaignRequestJson})      create   201
 * GET    /api/campaigns?limit=&offset= list, newest first, a page at a time           read
 * GET    /api/campaigns/{id}           the campaign and its totals                    read
 * GET    /api/campaigns/{id}/schedule  batches per day, days needed and ETA under      read
 *                                      today's quota (quota/get)
 * POST   /api/campaigns/{id}/send      202: the resident sender sends it (without one:  send
 *                                      200 once every due batch is submitted)
 * </pre>
 * and the operator verbs of {@link CampaignVerbEndpoint}.
 */
final class CampaignEndpoint implements ApiRoutes {
    static final String BASE = "/api/campaigns";
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 100;

    private final CampaignService campaigns;
    private final Clock clock;

    CampaignEndpoint(CampaignService campaigns, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<String, Route> routes(List<String> segments) {
        if (segments.isEmpty() || !segments.get(0).equals("campaigns")) {
            return Map.of();
        }
        return switch (segments.size()) {
            case 1 -> Map.of("GET", new Route(Scope.READ, this::list), "POST", new Route(Scope.CREATE, this::create));
            case 2 -> Map.of("GET", new Route(Scope.READ, this::show));
            case 3 -> switch (segments.get(2)) {
                case "send" -> Map.of("POST", new Route(Scope.SEND, this::send));
                case "schedule" -> Map.of("GET", new Route(Scope.READ, this::schedule));
                default -> Map.of();
            };
            default -> Map.of();
        };
    }

    private Reply create(ApiCall call) {
        CampaignSpec spec = CampaignRequestJson.read(call.json(), clock.instant());
        Campaign created = campaigns.create(spec, call.actor());
        Map<String, Object> body = CampaignJson.campaign(created);
        // The pre-flight lint, so whoever created it sees what would block its plan before anyone approves it.
        body.put("lint", CampaignJson.lint(campaigns.lint(created.id())));
        return Reply.json(201, body);
    }

    private Reply send(ApiCall call) throws InterruptedException {
        String id = call.segment(1);
        if (campaigns.sendsInBackground()) {
            campaigns.send(id, call.actor()); // the resident sender takes it from here: this thread is free at once
            return Reply.json(202, CampaignJson.totals(campaigns.status(id)));
        }
        return Reply.json(200, CampaignJson.totals(campaigns.run(id, call.actor())));
    }

    private Reply list(ApiCall call) {
        int limit = intParam(call, "limit", DEFAULT_PAGE, 1, MAX_PAGE);
        int offset = intParam(call, "offset", 0, 0, Integer.MAX_VALUE - MAX_PAGE - 1);
        List<Campaign> page = campaigns.list(offset, limit + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaigns", page.stream().limit(limit).map(CampaignJson::campaign).toList());
        body.put("offset", offset);
        body.put("limit", limit);
        if (page.size() > limit) {
            body.put("nextOffset", offset + limit);
        }
        return Reply.json(200, body);
    }

    private Reply show(ApiCall call) {
        String id = call.segment(1);
        return Reply.json(200, CampaignJson.status(campaigns.campaign(id), campaigns.status(id)));
    }

    private Reply schedule(ApiCall call) {
        return Reply.json(200, CampaignJson.outlook(campaigns.outlook(call.segment(1))));
    }

    private static int intParam(ApiCall call, String name, int fallback, int min, int max) {
        String value = call.query().get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notNumber) {
            // reported below
        }
        throw new InvalidRequestException(name, "must be an integer from " + min + " to " + max);
    }
}
