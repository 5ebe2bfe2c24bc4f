package io.wxmass.campaign.serve;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.JobCounts;
import io.wxmass.campaign.RetractResult;
import io.wxmass.campaign.lint.PlanFindings;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.campaign.quota.QuotaOutlook;
import io.wxmass.campaign.quota.QuotaSchedule;
import io.wxmass.campaign.store.MessageJson;
import io.wxmass.core.lint.Finding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON shape of a campaign and of its totals, shared by the REST API and the CLI's --json
 * output so a script reads the same fields from both. Plain maps, serialised by the caller.
 */
public final class CampaignJson {
    private CampaignJson() {
    }

    public static Map<String, Object> campaign(Campaign c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("name", c.name());
        json.put("state", c.state().name());
        json.put("message", Exchanges.JSON.convertValue(readTree(MessageJson.write(c.message())), Map.class));
        json.put("audienceKind", c.audienceKind().name());
        audienceRef(c.audience()).ifPresent(ref -> json.put("audienceRef", ref));
        json.put("recipients", c.recipientCount());
        json.put("duplicatesDropped", c.duplicateCount());
        json.put("previewOpenIds", c.previewOpenIds());
        c.scheduledAt().ifPresent(at -> json.put("scheduledAt", at.toString()));
        json.put("createdAt", c.createdAt().toString());
        c.plannedAt().ifPresent(at -> json.put("plannedAt", at.toString()));
        json.put("strategy", c.strategy().wireName());
        c.planReason().ifPresent(reason -> json.put("plan", reason));
        json.put("draftPerBatch", c.draftPerBatch());
        json.put("appId", c.appId());
        c.approval().createdBy().ifPresent(who -> json.put("createdBy", who));
        json.put("requirePreview", c.approval().requirePreview());
        json.put("fourEyes", c.approval().fourEyes());
        c.approval().previewedAt().ifPresent(at -> json.put("previewedAt", at.toString()));
        c.approval().approvedBy().ifPresent(who -> json.put("approvedBy", who));
        c.approval().approvedAt().ifPresent(at -> json.put("approvedAt", at.toString()));
        return json;
    }

    /** The tag id or the openid file an audience names, as the JSON shows it; empty for the others. */
    private static Optional<String> audienceRef(AudienceSpec audience) {
        if (audience instanceof AudienceSpec.OpenIdFile file) {
            return Optional.of(file.file().toString());
        }
        if (audience instanceof AudienceSpec.Tag tag) {
            return Optional.of(Long.toString(tag.tagId()));
        }
        if (audience instanceof AudienceSpec.TagMembers members) {
            return Optional.of(Long.toString(members.tagId()));
        }
        return Optional.empty();
    }

    public static Map<String, Object> totals(CampaignTotals t) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", t.campaignId());
        json.put("recipients", t.recipients());
        json.put("counts", counts(t.counts()));
        Map<String, Integer> batches = new LinkedHashMap<>();
        for (BatchState state : BatchState.values()) {
            batches.put(state.name(), t.batchesIn(state));
        }
        json.put("batches", batches);
        json.put("done", t.done());
        Map<String, Integer> checkStates = new TreeMap<>();
        t.checkStates().forEach((state, n) -> checkStates.put(String.valueOf(state), n));
        json.put("copyrightCheckStates", checkStates);
        json.put("articleUrls", t.articleUrls());
        json.put("unconfirmedBatches", t.unconfirmed());
        return json;
    }

    /** The campaign under the quotas: batches per day, days needed, ETA, history quota, the monthly cap forecast. */
    public static Map<String, Object> outlook(QuotaOutlook o) {
        Map<String, Object> json = new LinkedHashMap<>();
        QuotaSchedule s = o.schedule();
        json.put("pendingBatches", s.pending());
        json.put("remainToday", s.remainToday());
        json.put("dailyLimit", s.dailyLimit());
        json.put("quotaFrom", o.fromPlatform() ? "quota/get" : "ledger");
        Map<String, Integer> perDay = new LinkedHashMap<>();
        s.days().forEach(d -> perDay.put(d.date().toString(), d.batches()));
        json.put("batchesPerDay", perDay);
        json.put("daysNeeded", s.daysNeeded());
        json.put("eta", s.eta().toString());
        if (o.toAll()) {
            json.put("toAllThisMonth", o.toAllThisMonth());
            json.put("toAllPerMonth", o.toAllPerMonth());
            json.put("toAllBlocked", o.toAllBlocked());
        }
        json.put("atMonthlyCap", o.atMonthlyCap());
        json.put("perUserMonth", o.perUserMonth());
        return json;
    }

    /** A campaign with its totals: the answer of GET /api/campaigns/{id} and of wxmass campaign show. */
    public static Map<String, Object> status(Campaign campaign, CampaignTotals totals) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaign", campaign(campaign));
        json.put("totals", totals(totals));
        return json;
    }

    public static Map<String, Object> plan(Campaign campaign, PlanResult plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaign", campaign(campaign));
        json.put("batches", plan.batches());
        json.put("recipients", plan.recipients());
        json.put("duplicatesDropped", plan.duplicates());
        return json;
    }

    /** {@code {"verdict":"blocked|warnings|clean","findings":[{"severity","rule","field","message"}]}}. */
    public static Map<String, Object> lint(PlanFindings lint) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("verdict", lint.verdict());
        json.put("findings", lint.findings().stream().map(CampaignJson::finding).toList());
        return json;
    }

    /** One finding, as {@code send --dry-run} and the campaign answers print it. */
    public static Map<String, Object> finding(Finding f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("severity", f.severity().name());
        json.put("rule", f.rule().name());
        json.put("field", f.field());
        json.put("message", f.message());
        return json;
    }

    public static Map<String, Object> retracted(String campaignId, RetractResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", campaignId);
        json.put("cancelledBatches", result.cancelled());
        json.put("deletedMsgIds", result.deleted());
        json.put("failedDeletes", result.failed());
        json.put("inFlightBatches", result.inFlight());
        json.put("parkedBatches", result.parked());
        result.warning().ifPresent(w -> json.put("warning", w));
        return json;
    }

    public static Map<String, Object> counts(JobCounts counts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", counts.total());
        json.put("filtered", counts.filtered());
        json.put("sent", counts.sent());
        json.put("errors", counts.errors());
        return json;
    }

    private static Object readTree(String json) {
        try {
            return Exchanges.JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored message JSON unreadable", e);
        }
    }
}
