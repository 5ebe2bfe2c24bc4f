package io.wxmass.sandbox.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.config.ConfigReader;
import io.wxmass.sandbox.config.JsonNumbers;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.platform.Account;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.platform.Tag;
import io.wxmass.sandbox.server.BadRequestException;
import io.wxmass.sandbox.server.Json;
import io.wxmass.sandbox.server.PlatformRequest;
import io.wxmass.sandbox.server.PlatformResponse;
import io.wxmass.sandbox.server.Route;
import io.wxmass.sandbox.server.Router;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The admin HTTP API under {@code /admin/} (documented in the sandbox README). Open by default (the sandbox
 * binds 127.0.0.1); with an {@link AdminToken} every admin request must carry it, or is answered 401.
 * Bad input answers HTTP 400 naming the field.
 */
public final class AdminApi {
    /** A delay fault holds a worker thread: at most ten minutes of it. */
    private static final Duration MAX_FAULT_DELAY = Duration.ofMinutes(10);

    private final SandboxAdmin admin;
    private final AdminToken token;

    /** @param token required on every admin request; null leaves the admin API open */
    public AdminApi(SandboxAdmin admin, AdminToken token) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.token = token;
    }

    public void register(Router router) {
        router.prefix("/admin/", this::dispatch);
    }

    /** {@code route} behind the same admin token, for admin routes that live in their own classes. */
    public Route guarded(Route route) {
        Objects.requireNonNull(route, "route");
        return r -> token != null && !token.admits(r) ? unauthorized() : route.handle(r);
    }

    private static PlatformResponse unauthorized() {
        return PlatformResponse.json(401, Json.object().put("error", "unauthorized")
                .put("message", "the admin API needs the header Authorization: Bearer <admin token>"));
    }

    private PlatformResponse dispatch(PlatformRequest r) {
        if (token != null && !token.admits(r)) {
            return unauthorized();
        }
        String[] p = r.path().substring("/admin/".length()).split("/");
        boolean post = r.isPost();
        return switch (p[0]) {
            case "accounts" -> p.length == 1 ? (post ? createAccount(r) : accounts()) : account(r, p, post);
            case "counters" -> counters();
            case "clock" -> p.length > 1 && p[1].equals("advance") && post ? advance(r) : clock();
            case "faults" -> post ? setFaults(r.json()) : faults();
            default -> notFound(r);
        };
    }

    private PlatformResponse account(PlatformRequest r, String[] p, boolean post) {
        Account a = admin.account(p[1]);
        String what = p.length > 2 ? p[2] : "";
        return switch (what) {
            case "" -> PlatformResponse.json(AdminViews.account(a));
            case "tags" -> post ? createTag(a, r.json()) : PlatformResponse.json(AdminViews.list(a.tags().all(), AdminViews::tag));
            case "followers" -> post ? addFollowers(a, r.json()) : followers(a, r);
            case "inbox" -> inbox(a, p.length > 3 ? p[3] : r.query("openid"));
            case "jobs" -> PlatformResponse.json(AdminViews.list(admin.jobs(a.appId()), AdminViews::job));
            case "pushes" -> PlatformResponse.json(AdminViews.list(admin.pushAttempts(a.appId()), AdminViews::attempt));
            default -> notFound(r);
        };
    }

    private PlatformResponse accounts() {
        return PlatformResponse.json(AdminViews.list(new ArrayList<>(admin.accounts()), AdminViews::account));
    }

    /** The created account's secret is returned once, here, because the caller needs it for tokens. */
    private PlatformResponse createAccount(PlatformRequest r) {
        Account a = admin.createAccount(BadRequestException.refusing(() -> ConfigReader.account(r.json())));
        return PlatformResponse.json(AdminViews.account(a).put("secret", a.secret()));
    }

    private PlatformResponse createTag(Account a, JsonNode body) {
        String name = body.path("name").asText("");
        if (name.isBlank()) {
            throw new BadRequestException("name: a tag name is required");
        }
        Tag tag = a.tags().byName(name).orElseGet(() -> a.tags().create(name));
        List<String> openIds = new ArrayList<>();
        body.path("openids").forEach(n -> openIds.add(n.asText()));
        admin.tag(a.appId(), tag.id(), openIds);
        return PlatformResponse.json(AdminViews.tag(tag));
    }

    private PlatformResponse addFollowers(Account a, JsonNode body) {
        int count = BadRequestException.refusing(() -> JsonNumbers.intIn(requireField(body, "count"), "count", 0, 0, Followers.MAX_SIZE));
        int first = BadRequestException.refusing(() -> admin.addFollowers(a.appId(), count)); // never past the cap in all
        return PlatformResponse.json(Json.object().put("first", first).put("total", a.followers().size()));
    }

    /** A page of followers with their mass messages received this month (the 4-a-month cap). */
    private PlatformResponse followers(Account a, PlatformRequest r) {
        Followers f = a.followers();
        int offset = parse(r.query("offset"), 0, "offset");
        int limit = Math.min(parse(r.query("limit"), 100, "limit"), 10_000);
        YearMonth month = YearMonth.now(admin.clock());
        ObjectNode out = Json.object().put("total", f.size());
        ArrayNode list = out.putArray("followers");
        for (int i = offset; i < Math.min(f.size(), offset + limit); i++) {
            list.addObject().put("index", i).put("openid", f.openId(i)).put("wxname", f.wxName(i))
                    .put("receivedThisMonth", f.receivedIn(i, month));
        }
        return PlatformResponse.json(out);
    }

    private PlatformResponse inbox(Account a, String openId) {
        if (openId == null || a.followers().indexOf(openId) < 0) {
            throw new BadRequestException("openid: not a follower of " + a.appId());
        }
        return PlatformResponse.json(AdminViews.inbox(openId, admin.inbox(a.appId(), openId),
                admin.previews(a.appId(), openId)));
    }

    private PlatformResponse counters() {
        ObjectNode out = Json.object();
        out.set("requests", AdminViews.counts(admin.requestsByPath()));
        out.set("tokenFetches", AdminViews.counts(admin.tokenFetchesByApp()));
        return PlatformResponse.json(out);
    }

    private PlatformResponse clock() {
        return PlatformResponse.json(Json.object().put("now", admin.clock().instant().toString())
                .put("offsetSeconds", admin.clock().offset().toSeconds()));
    }

    private PlatformResponse advance(PlatformRequest r) {
        long seconds = BadRequestException.refusing(
                () -> JsonNumbers.longIn(requireField(r.json(), "seconds"), "seconds", 0, 0, SandboxClock.MAX_OFFSET.toSeconds()));
        BadRequestException.refusing(() -> admin.advanceClock(Duration.ofSeconds(seconds)));
        return clock();
    }

    private PlatformResponse faults() {
        FaultPlan plan = admin.faults();
        return PlatformResponse.json(AdminViews.faults(plan.seed(), plan.rules()));
    }

    /**
     * {@code {"seed":7,"reset":true,"rules":[{"path":"/cgi-bin/message/mass/send","kind":"system_error","share":0.5},
     * {"kind":"delay","path":..,"share":..,"millis":..},{"kind":"cut",..},{"kind":"drop_callbacks","share":..},
     * {"kind":"delay_callbacks","share":..,"millis":..}]}}.
     */
    private PlatformResponse setFaults(JsonNode body) {
        FaultPlan plan = admin.faults();
        if (body.path("reset").asBoolean(false) || body.has("seed")) {
            plan.reset(BadRequestException.refusing(() -> JsonNumbers.longIn(body, "seed", plan.seed(), Long.MIN_VALUE, Long.MAX_VALUE)));
        }
        for (JsonNode rule : body.path("rules")) {
            String path = rule.path("path").asText("");
            double share = BadRequestException.refusing(() -> JsonNumbers.doubleIn(rule, "share", -1, 0, 1));
            Duration d = Duration.ofMillis(BadRequestException.refusing(
                    () -> JsonNumbers.longIn(rule, "millis", 0, 0, MAX_FAULT_DELAY.toMillis())));
            String kind = rule.path("kind").asText("");
            BadRequestException.refusing(() -> plan.add(kind, path, share, d));
        }
        return faults();
    }

    /** {@code body} itself if it has {@code field}, so that a missing required number is named like a wrong one. */
    private static JsonNode requireField(JsonNode body, String field) {
        if (!body.hasNonNull(field)) {
            throw new BadRequestException(field + ": required");
        }
        return body;
    }

    private static int parse(String value, int fallback, String field) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException e) {
            throw new BadRequestException(field + ": must be a number");
        }
    }

    static PlatformResponse notFound(PlatformRequest r) {
        return PlatformResponse.json(404, Json.object().put("error", "no admin resource " + r.path()));
    }
}
