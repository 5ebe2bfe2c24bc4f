package io.wxmass.campaign.console;

import io.wxmass.console.Html;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.RetractResult;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.core.error.InvalidRequestException;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The console's POSTs (and the CSV export), each one call of a {@link CampaignService} verb as the signed-in
 * key, the way the REST door calls them; the answer is a redirect back with a line saying what was done.
 */
final class ConsoleVerbs {
    private final CampaignService campaigns;
    private final Clock clock;

    ConsoleVerbs(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** @param api the REST twin's path segments, its scope already checked */
    ConsoleResponse post(Ctx c, List<String> api, FormData form) throws InterruptedException {
        if (api.size() == 1) {
            Campaign created = campaigns.create(NewCampaignPage.read(form, clock.instant()), c.actor());
            return done(c, created.id(), c.t("created.ok") + ": " + created.name());
        }
        String id = api.get(1);
        String verb = String.join("/", api.subList(2, api.size()).stream().map(p -> p.matches("[0-9]{1,9}") ? "{n}" : p).toList());
        return switch (verb) {
            case "preview" -> done(c, id, c.t("preview.sent", campaigns.preview(id, c.actor())));
            case "approve" -> {
                PlanResult plan = campaigns.approve(id, c.actor());
                yield done(c, id, c.t("approved", plan.batches()));
            }
            case "send" -> {
                if (campaigns.sendsInBackground()) {
                    campaigns.send(id, c.actor()); // the resident sender takes it from here
                } else {
                    campaigns.run(id, c.actor());
                }
                yield done(c, id, c.t("sending"));
            }
            case "pause" -> {
                campaigns.pause(id, c.actor());
                yield done(c, id, c.t("act.pause"));
            }
            case "resume" -> {
                campaigns.resume(id, c.actor());
                yield done(c, id, c.t("act.resume"));
            }
            case "retry" -> done(c, id, c.t("requeued", campaigns.retry(id, null, c.actor())));
            case "cancel" -> retracted(c, id, campaigns.cancel(id, c.actor()));
            case "retract" -> {
                if (!form.get("confirm").equals("yes")) {
                    throw new InvalidRequestException("confirm", "retracting needs its warning confirmed");
                }
                yield retracted(c, id, campaigns.retract(id, c.actor()));
            }
            case "batches/{n}/resolve" -> {
                String outcome = form.get("outcome");
                if (!outcome.equals("sent") && !outcome.equals("not-sent")) {
                    throw new InvalidRequestException("outcome", "required: sent or not-sent");
                }
                campaigns.resolve(id, Integer.parseInt(api.get(3)), outcome.equals("sent"), c.actor());
                yield done(c, id, c.t("resolved"));
            }
            default -> throw new InvalidRequestException("action", "no such action: " + verb);
        };
    }

    /** The recipients and outcomes as CSV, a download (recorded in the audit log, as the REST export is). */
    ConsoleResponse export(Ctx c, String id) {
        StringWriter csv = new StringWriter();
        campaigns.export(id, csv, c.actor());
        String file = "campaign-" + id.replaceAll("[^A-Za-z0-9_-]", "_") + ".csv";
        return new ConsoleResponse(200, "text/csv; charset=utf-8", Map.of("Content-Disposition", "attachment; filename=\"" + file + "\""),
                csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private ConsoleResponse retracted(Ctx c, String id, RetractResult r) {
        String line = c.t("retracted", r.cancelled(), r.deleted().size()) + r.warning().map(w -> " — " + w).orElse("");
        return done(c, id, line);
    }

    private static ConsoleResponse done(Ctx c, String id, String whatChanged) {
        c.session().flash = c.t("changed") + ": " + whatChanged;
        return ConsoleResponse.redirect("/console/campaigns/" + Html.url(id));
    }
}
