package io.wxmass.sandbox.console;

import io.wxmass.console.Html;
import io.wxmass.console.ConsoleInputException;
import io.wxmass.sandbox.admin.SandboxAdmin;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.faults.FaultPlan;
import io.wxmass.sandbox.faults.FaultRule;
import io.wxmass.sandbox.server.PlatformResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Fault rules and the clock: the forms that change them, and what each change did. */
final class FaultsPage {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(SandboxClock.PLATFORM_ZONE);
    private static final List<String> PATHS = List.of("/cgi-bin/message/mass/sendall", "/cgi-bin/message/mass/send",
            "/cgi-bin/message/mass/preview", "/cgi-bin/message/mass/get", "/cgi-bin/stable_token", "/cgi-bin/token",
            "/cgi-bin/media/uploadnews", "/cgi-bin/draft/add", "/cgi-bin/freepublish/submit");

    private final SandboxAdmin admin;

    FaultsPage(SandboxAdmin admin) {
        this.admin = admin;
    }

    PlatformResponse render(Ctx c, long version) {
        FaultPlan plan = admin.faults();
        StringBuilder h = new StringBuilder("<h1>").append(Html.esc(c.t("faults"))).append("</h1><section><h2>")
                .append(Html.esc(c.t("faults.rules"))).append("</h2><p>").append(Html.esc(c.t("faults.seed"))).append(": ")
                .append(plan.seed()).append("</p>");
        Map<String, List<FaultRule>> rules = plan.rules();
        h.append("<ul id=\"fault-rules\">");
        rules.forEach((target, list) -> list.forEach(r -> h.append("<li><code>").append(Html.esc(target)).append("</code> ")
                .append(Html.esc(r.action())).append(" · ").append(r.share()).append("</li>")));
        h.append("</ul>");
        if (rules.values().stream().allMatch(List::isEmpty)) {
            h.append("<p>").append(Html.esc(c.t("faults.none"))).append("</p>");
        }
        h.append("<form method=\"post\" action=\"/console/faults\" class=\"stack\" id=\"fault-form\">").append(c.csrfField())
                .append("<label for=\"fault-path\">").append(Html.esc(c.t("faults.path"))).append("</label>")
                .append("<input id=\"fault-path\" name=\"path\" list=\"fault-paths\" value=\"/cgi-bin/message/mass/send\">")
                .append("<datalist id=\"fault-paths\">");
        PATHS.forEach(p -> h.append("<option value=\"").append(Html.esc(p)).append("\">"));
        h.append("</datalist><label for=\"fault-kind\">").append(Html.esc(c.t("faults.kind"))).append("</label>")
                .append("<select id=\"fault-kind\" name=\"kind\">");
        FaultPlan.KINDS.forEach(k -> h.append("<option>").append(Html.esc(k)).append("</option>"));
        h.append("</select><label for=\"fault-share\">").append(Html.esc(c.t("faults.share"))).append("</label>")
                .append("<input id=\"fault-share\" name=\"share\" type=\"number\" min=\"0\" max=\"1\" step=\"0.05\" value=\"1\">")
                .append("<label for=\"fault-millis\">").append(Html.esc(c.t("faults.millis"))).append("</label>")
                .append("<input id=\"fault-millis\" name=\"millis\" type=\"number\" min=\"0\" value=\"0\">")
                .append("<button type=\"submit\" id=\"fault-add\">").append(Html.esc(c.t("faults.add"))).append("</button></form>")
                .append("<form method=\"post\" action=\"/console/faults/reset\">").append(c.csrfField())
                .append("<button type=\"submit\" id=\"fault-reset\">").append(Html.esc(c.t("faults.reset")))
                .append("</button></form></section>");
        Instant now = admin.clock().instant();
        h.append("<section><h2>").append(Html.esc(c.t("clock"))).append("</h2><dl class=\"counters\"><dt>")
                .append(Html.esc(c.t("clock.now"))).append("</dt><dd id=\"clock-now\">").append(Html.esc(TIME.format(now)))
                .append("</dd><dt>").append(Html.esc(c.t("clock.offset"))).append("</dt><dd id=\"clock-offset\">")
                .append(Html.esc(admin.clock().offset())).append("</dd></dl>")
                .append("<form method=\"post\" action=\"/console/clock\" class=\"row\">").append(c.csrfField())
                .append("<label for=\"clock-seconds\">").append(Html.esc(c.t("clock.seconds"))).append("</label>")
                .append("<input id=\"clock-seconds\" name=\"seconds\" type=\"number\" min=\"0\" value=\"3600\">")
                .append("<button type=\"submit\" id=\"clock-advance\">").append(Html.esc(c.t("clock.advance")))
                .append("</button></form></section>");
        return Page.render(c, 200, c.t("faults"), h.toString(), version);
    }

    /** Adds the form's rule; returns what changed. */
    String addRule(Form form) {
        String kind = form.get("kind");
        String path = form.get("path").trim();
        double share = form.number("share", 0, 1);
        long millis = (long) form.number("millis", 0, 600_000);
        boolean callbacks = kind.endsWith("_callbacks");
        if (!callbacks && !path.startsWith("/")) {
            throw new ConsoleInputException("path: an endpoint path starting with /, e.g. /cgi-bin/message/mass/send");
        }
        try {
            admin.faults().add(kind, path, share, Duration.ofMillis(millis));
        } catch (IllegalArgumentException e) {
            throw new ConsoleInputException(e.getMessage());
        }
        return kind + (callbacks ? " (callbacks)" : " " + path) + ", share " + share
                + (kind.startsWith("delay") ? ", " + millis + " ms" : "");
    }

    String reset(Form form) {
        FaultPlan plan = admin.faults();
        int before = plan.rules().values().stream().mapToInt(List::size).sum();
        plan.reset(plan.seed());
        return before + " fault rule(s) removed";
    }

    String advance(Form form) {
        long seconds = (long) form.number("seconds", 0, 400L * 24 * 3600);
        Instant before = admin.clock().instant();
        admin.advanceClock(Duration.ofSeconds(seconds));
        return "clock +" + seconds + " s: " + TIME.format(before) + " → " + TIME.format(admin.clock().instant());
    }
}
