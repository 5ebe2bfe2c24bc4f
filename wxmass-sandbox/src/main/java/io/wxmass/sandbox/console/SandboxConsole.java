package io.wxmass.sandbox.console;

import io.wxmass.console.ConsoleInputException;
import io.wxmass.console.Html;
import io.wxmass.console.Lang;
import io.wxmass.console.Sessions;
import io.wxmass.console.StaticFile;
import io.wxmass.sandbox.admin.AdminToken;
import io.wxmass.sandbox.admin.SandboxAdmin;
import io.wxmass.sandbox.platform.SentMessages;
import io.wxmass.sandbox.publish.Publisher;
import io.wxmass.sandbox.rules.MassRules;
import io.wxmass.sandbox.server.BadRequestException;
import io.wxmass.sandbox.server.PlatformRequest;
import io.wxmass.sandbox.server.PlatformResponse;
import io.wxmass.sandbox.server.Router;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox console at {@code /}: server-rendered pages over the sandbox's insides, like Mailpit for mail.
 * With an {@link AdminToken} it asks for the token once and keeps a session cookie; every POST carries the
 * session's CSRF token. The server refuses a foreign Host or Origin before the console sees the request.
 */
public final class SandboxConsole {
    /** How long one live-update request waits for a change before it ends and the browser asks again. */
    private static final Duration LIVE_WAIT = Duration.ofSeconds(10);
    private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final AdminToken token;
    static final String COOKIE = "wxsandbox_session";

    /** Who a signed-in session belongs to: the sandbox has one operator. */
    enum Admin { ADMIN }

    private final boolean open;
    private final Sessions<Admin> sessions;
    private final LiveState live;
    private final AccountPages accounts;
    private final InboxPages inbox;
    private final JobPage jobs;
    private final FaultsPage faults;

    /** @param token the admin token, or null for an open console (the sandbox binds 127.0.0.1 by default) */
    public SandboxConsole(SandboxAdmin admin, MassRules rules, Publisher publisher, SentMessages sent, AdminToken token) {
        Objects.requireNonNull(admin, "admin");
        this.token = token;
        this.open = token == null;
        this.sessions = new Sessions<>(COOKIE, Clock.systemUTC()); // the wall clock: the sandbox's own clock moves
        this.live = new LiveState(admin, Objects.requireNonNull(publisher, "publisher"));
        this.accounts = new AccountPages(admin, Objects.requireNonNull(rules, "rules"), publisher);
        this.inbox = new InboxPages(admin, Objects.requireNonNull(sent, "sent"));
        this.jobs = new JobPage(admin);
        this.faults = new FaultsPage(admin);
    }

    public void register(Router router) {
        router.route("/", this::handle);
        router.prefix("/console/", this::handle);
    }

    private PlatformResponse handle(PlatformRequest r) throws InterruptedException {
        if (r.path().startsWith("/console/static/")) {
            return StaticFile.find(SandboxConsole.class::getResourceAsStream, r.path().substring("/console/static/".length()))
                    .map(f -> withHeaders(new PlatformResponse(200, f.contentType(), f.body()), f.headers()))
                    .orElseGet(() -> PlatformResponse.text(404, "no such file"));
        }
        // Without an admin token every visitor is signed in; with one, only after login.
        Sessions.Visit<Admin> visit = sessions.visit(r.header("cookie"), admin -> true,
                open ? Optional.of(Admin.ADMIN) : Optional.empty());
        Ctx c = new Ctx(r, visit.session(), Lang.of(r.header("cookie"), r.header("accept-language")));
        PlatformResponse out = route(c);
        return withHeaders(out, visit.headers(SECURITY_POLICY, out.headers().containsKey("Set-Cookie")));
    }

    private PlatformResponse route(Ctx c) throws InterruptedException {
        PlatformRequest r = c.request();
        String path = r.path();
        Form form = r.isPost() ? Form.parse(r.body()) : null;
        // Host and Origin are checked by the server's BrowserGuard before any console route runs.
        if (r.isPost()) {
            if (!c.session().csrfMatches(form.get("csrf"))) {
                return refused(c, 403, c.t("csrf"));
            }
        }
        if (path.equals("/console/lang")) {
            return language(r);
        }
        if (path.equals("/console/login")) {
            return r.isPost() ? login(c, form) : LoginPage.render(c, 200, null);
        }
        if (!c.session().signedIn()) {
            return LoginPage.render(c, 401, null);
        }
        try {
            return signedIn(c, path, form);
        } catch (BadRequestException e) {
            return refused(c, 404, e.getMessage());
        } catch (ConsoleInputException e) {
            return refused(c, 400, e.getMessage());
        }
    }

    private PlatformResponse signedIn(Ctx c, String path, Form form) throws InterruptedException {
        boolean post = form != null;
        if (path.equals("/")) {
            return accounts.overview(c, live.version());
        }
        if (path.equals("/console/events")) {
            return events(c.request());
        }
        if (path.equals("/console/logout") && post) {
            sessions.end(c.session());
            return redirect("/").withHeader("Set-Cookie", sessions.clearCookie());
        }
        if (path.equals("/console/faults")) {
            return post ? changed(c, faults.addRule(form), "/console/faults") : faults.render(c, live.version());
        }
        if (path.equals("/console/faults/reset") && post) {
            return changed(c, faults.reset(form), "/console/faults");
        }
        if (path.equals("/console/clock") && post) {
            return changed(c, faults.advance(form), "/console/faults");
        }
        String[] p = path.split("/");
        // /console/accounts/{appId}[/followers/{openid}[/articles/{key}/{idx}] | /jobs/{msgId}]
        if (p.length >= 4 && p[2].equals("accounts") && !post) {
            String appId = p[3];
            if (p.length == 4) {
                return accounts.account(c, appId, live.version());
            }
            if (p.length == 6 && p[4].equals("followers")) {
                return inbox.inbox(c, appId, p[5], live.version());
            }
            if (p.length == 9 && p[4].equals("followers") && p[6].equals("articles")) {
                return inbox.article(c, appId, p[5], p[7], p[8]);
            }
            if (p.length == 6 && p[4].equals("jobs")) {
                return jobs.render(c, appId, p[5], live.version());
            }
        }
        return refused(c, 404, "no console page " + path);
    }

    private PlatformResponse login(Ctx c, Form form) {
        if (token != null && !token.matches(form.get("token"))) {
            return LoginPage.render(c, 401, c.t("login.wrong"));
        }
        Sessions.Session<Admin> s = sessions.signIn(c.session(), Admin.ADMIN);
        return redirect("/").withHeader("Set-Cookie", sessions.setCookie(s));
    }

    /** Remembers the language in a cookie and goes back to the page, which must be this console's own. */
    private static PlatformResponse language(PlatformRequest r) {
        return redirect(Lang.safeBack(r.query("back"))).withHeader("Set-Cookie", Lang.switchCookie(r.query("to")));
    }

    private PlatformResponse changed(Ctx c, String whatChanged, String back) {
        c.session().flash = c.t("changed") + ": " + whatChanged;
        return redirect(back);
    }

    /**
     * Server-Sent Events, one event per response: waits until the state differs from the version the page
     * showed (the {@code Last-Event-ID} the browser resends, or {@code v}), answers one {@code change} event
     * and ends; the browser reconnects after {@code retry}. This keeps the JDK server's plain responses.
     * {@code wait} (seconds, at most 10) shortens the wait for clients that poll.
     */
    private PlatformResponse events(PlatformRequest r) throws InterruptedException {
        String last = r.header("last-event-id") != null ? r.header("last-event-id") : r.query("v");
        long waitSeconds = r.query("wait") == null ? LIVE_WAIT.toSeconds()
                : (long) Form.parseNumber("wait", r.query("wait"), 0, LIVE_WAIT.toSeconds());
        long deadline = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
        long now = live.version();
        while (Long.toString(now).equals(last) && System.nanoTime() < deadline) {
            Thread.sleep(150);
            now = live.version();
        }
        String body = Long.toString(now).equals(last)
                ? "retry: 300\n: no change\n\n"
                : "retry: 300\nid: " + now + "\nevent: change\ndata: " + now + "\n\n";
        return new PlatformResponse(200, "text/event-stream; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    private static PlatformResponse refused(Ctx c, int status, String message) {
        return Page.render(c, status, String.valueOf(status),
                "<p class=\"error\" role=\"alert\">" + Html.esc(message) + "</p>", -1);
    }

    private static PlatformResponse withHeaders(PlatformResponse out, java.util.Map<String, String> headers) {
        for (var h : headers.entrySet()) {
            out = out.withHeader(h.getKey(), h.getValue());
        }
        return out;
    }

    private static PlatformResponse redirect(String to) {
        return new PlatformResponse(303, Page.HTML_TYPE, new byte[0]).withHeader("Location", to);
    }
}
