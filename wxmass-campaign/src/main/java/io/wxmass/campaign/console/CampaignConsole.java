package io.wxmass.campaign.console;

import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.auth.ApiKey;
import io.wxmass.campaign.auth.ApiKeys;
import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.store.EventStore;
import io.wxmass.console.ConsoleInputException;
import io.wxmass.console.Html;
import io.wxmass.console.Lang;
import io.wxmass.console.Sessions;
import io.wxmass.console.StaticFile;
import io.wxmass.core.error.ErrorKind;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WxMassException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The campaign console of {@code serve}, on the API listener at {@code /}: server-rendered pages over the
 * operator verbs of {@link CampaignService}, behind a login with an API key. The console's paths mirror the
 * REST routes ({@code /console/campaigns/{id}/approve} is {@code POST /api/campaigns/{id}/approve}), and each
 * needs the scope the {@link ScopeTable} gives the REST route: a button the key may not press is not drawn, and
 * its POST is refused (403) all the same. Every POST carries the session's CSRF token; the listener refuses a
 * foreign Host or Origin before the console sees the request. Actions are audited as {@code key:<name>}.
 */
public final class CampaignConsole {
    /** How long one live-update request waits for a change before it ends and the browser asks again. */
    private static final Duration LIVE_WAIT = Duration.ofSeconds(10);
    private static final Duration LIVE_POLL = Duration.ofMillis(400);
    private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final CampaignService campaigns;
    private final ApiKeys keys;
    private final ScopeTable scopes;
    private final Clock clock;
    static final String COOKIE = "wxmass_console";

    private final Sessions<ApiKey> sessions;
    private final HomePage home;
    private final CampaignPage page;
    private final ConsoleVerbs verbs;
    private final LiveVersion live;

    public CampaignConsole(CampaignService campaigns, ApiKeys keys, ScopeTable scopes, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sessions = new Sessions<>(COOKIE, clock);
        EventStore events = new EventStore(campaigns.database(), campaigns.appId());
        this.home = new HomePage(campaigns, events, clock);
        this.page = new CampaignPage(campaigns, clock);
        this.verbs = new ConsoleVerbs(campaigns, clock);
        this.live = new LiveVersion(campaigns, events);
    }

    /** Whether a path is the console's ({@code /} and {@code /console/...}); the rest is the REST API's. */
    public static boolean serves(String path) {
        return path.equals("/") || path.equals("/console") || path.startsWith("/console/");
    }

    public ConsoleResponse handle(ConsoleRequest r) throws InterruptedException {
        if (r.path().startsWith("/console/static/") && r.method().equals("GET")) {
            return StaticFile.find(CampaignConsole.class::getResourceAsStream, r.path().substring("/console/static/".length()))
                    .map(f -> new ConsoleResponse(200, f.contentType(), f.headers(), f.body()))
                    .orElseGet(() -> new ConsoleResponse(404, "text/plain; charset=utf-8", Map.of(),
                            "no such file".getBytes(StandardCharsets.UTF_8)));
        }
        Sessions.Visit<ApiKey> visit = sessions.visit(r.header("cookie"), key -> current(key).isPresent(), Optional.empty());
        Ctx c = new Ctx(r, visit.session(), Lang.of(r.header("cookie"), r.header("accept-language")));
        ConsoleResponse out = route(c);
        for (Map.Entry<String, String> h : visit.headers(SECURITY_POLICY, out.headers().containsKey("Set-Cookie")).entrySet()) {
            out = out.withHeader(h.getKey(), h.getValue());
        }
        return out.withHeader("X-Frame-Options", "DENY");
    }

    private ConsoleResponse route(Ctx c) throws InterruptedException {
        ConsoleRequest r = c.request();
        String path = r.path();
        if (!r.method().equals("GET") && !r.isPost()) {
            return Page.refused(c, 405, r.method() + " is not allowed here");
        }
        FormData form = null;
        if (r.isPost()) {
            try {
                form = FormData.parse(r.header("content-type"), r.body());
            } catch (ConsoleInputException e) {
                return Page.refused(c, 400, e.getMessage());
            }
            if (!c.session().csrfMatches(form.get("csrf"))) {
                return Page.refused(c, 403, c.t("csrf"));
            }
        }
        if (path.equals("/console/lang") && !r.isPost()) {
            return language(r);
        }
        if (path.equals("/console/login")) {
            return r.isPost() ? login(c, form) : LoginPage.render(c, 200, null);
        }
        if (!c.session().signedIn()) {
            return LoginPage.render(c, 401, null);
        }
        if (path.equals("/console/logout") && r.isPost()) {
            sessions.end(c.session());
            return ConsoleResponse.redirect("/").withHeader("Set-Cookie", sessions.clearCookie());
        }
        if (path.equals("/console/new") && !r.isPost()) {
            return allowed(c, "POST", List.of("campaigns")) ? NewCampaignPage.render(c, 200, null, null)
                    : forbidden(c, Scope.CREATE);
        }
        if (path.equals("/console/live") && !r.isPost()) {
            return allowed(c, "GET", List.of("campaigns")) ? events(r) : forbidden(c, Scope.READ);
        }
        List<String> api = apiSegments(path);
        if (api == null) {
            return Page.refused(c, 404, "no console page " + path);
        }
        Optional<Scope> scope = scopes.scopeOf(r.method(), api);
        if (scope.isEmpty()) {
            return Page.refused(c, 404, "no console page " + path);
        }
        if (!c.can(scope.get())) {
            return forbidden(c, scope.get());
        }
        try {
            return r.isPost() ? verbs.post(c, api, form) : get(c, api);
        } catch (InvalidRequestException e) {
            if (api.size() == 1) { // the create form: shown again with what was typed and what is wrong
                return NewCampaignPage.render(c, 400, form, e.field() + ": " + e.rule());
            }
            return Page.refused(c, 400, e.field() + ": " + e.rule());
        } catch (CampaignStateException e) {
            return Page.refused(c, ErrorKind.of(e).httpStatus(), e.getMessage());
        } catch (WxMassException e) {
            return Page.refused(c, ErrorKind.of(e).httpStatus(), e.getMessage());
        }
    }

    private ConsoleResponse get(Ctx c, List<String> api) {
        if (api.size() == 1) {
            return home.render(c, "v=" + live.home());
        }
        String id = api.get(1);
        if (api.size() == 2) {
            return page.render(c, id, "c=" + Html.url(id) + "&v=" + live.campaign(id));
        }
        return verbs.export(c, id); // the only other GET the table lets through: export
    }

    /**
     * {@code /} is the campaign list, {@code /console/campaigns/...} its REST twin under {@code /api/};
     * {@code export.csv} is {@code export}. Null for any other path.
     */
    private static List<String> apiSegments(String path) {
        if (path.equals("/") || path.equals("/console") || path.equals("/console/")) {
            return List.of("campaigns");
        }
        if (!path.startsWith("/console/campaigns")) {
            return null;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(path.substring("/console/".length()).split("/", -1)));
        if (parts.stream().anyMatch(String::isEmpty)) {
            return null;
        }
        if (parts.size() == 3 && parts.get(2).equals("export.csv")) {
            parts.set(2, "export");
        } else if (parts.size() == 3 && parts.get(2).equals("export")) {
            return null; // only export.csv, so a download keeps its name
        }
        return List.copyOf(parts);
    }

    private boolean allowed(Ctx c, String method, List<String> api) {
        return scopes.scopeOf(method, api).map(c::can).orElse(false);
    }

    private static ConsoleResponse forbidden(Ctx c, Scope scope) {
        return Page.refused(c, 403, c.t("forbidden", scope.id()));
    }

    /** The key as it is now: revoked keys log nobody in and end the sessions they opened. */
    private Optional<ApiKey> current(ApiKey key) {
        return keys.list().stream().filter(k -> k.name().equals(key.name()) && !k.revoked()).findFirst();
    }

    private ConsoleResponse login(Ctx c, FormData form) {
        Optional<ApiKey> key = keys.authenticate(form.get("key").strip());
        if (key.isEmpty()) {
            return LoginPage.render(c, 401, c.t("login.wrong"));
        }
        Sessions.Session<ApiKey> s = sessions.signIn(c.session(), key.get());
        return ConsoleResponse.redirect("/").withHeader("Set-Cookie", sessions.setCookie(s));
    }

    /** Remembers the language in a cookie and goes back to the page, which must be this console's own. */
    private static ConsoleResponse language(ConsoleRequest r) {
        return ConsoleResponse.redirect(Lang.safeBack(r.query("back"))).withHeader("Set-Cookie", Lang.switchCookie(r.query("to")));
    }

    /**
     * Server-Sent Events, one event per response: waits until the page's version differs from the one it showed
     * ({@code Last-Event-ID}, else {@code v}), answers one {@code change} event and ends; the browser reconnects
     * after {@code retry}. A thread waits at most {@link #LIVE_WAIT} per request.
     */
    private ConsoleResponse events(ConsoleRequest r) throws InterruptedException {
        String id = r.query("c");
        String last = r.header("last-event-id") != null ? r.header("last-event-id") : r.query("v");
        long deadline = System.nanoTime() + LIVE_WAIT.toNanos();
        String now = version(id);
        while (now.equals(last) && System.nanoTime() < deadline) {
            Thread.sleep(LIVE_POLL.toMillis());
            now = version(id);
        }
        String body = now.equals(last) ? "retry: 500\n: no change\n\n"
                : "retry: 500\nid: " + now + "\nevent: change\ndata: " + now + "\n\n";
        return new ConsoleResponse(200, "text/event-stream; charset=utf-8", Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    private String version(String campaignId) {
        return Long.toString(campaignId == null ? live.home() : live.campaign(campaignId));
    }
}
