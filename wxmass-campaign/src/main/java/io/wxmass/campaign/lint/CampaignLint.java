package io.wxmass.campaign.lint;

import io.wxmass.campaign.AudienceSpec;

import io.wxmass.campaign.AudienceKind;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.core.http.Endpoint;
import io.wxmass.core.internal.http.EndpointStatus;
import io.wxmass.core.http.Endpoints;
import io.wxmass.core.internal.http.RetiredEndpoints;
import io.wxmass.core.lint.Finding;
import io.wxmass.core.lint.Preflight;
import io.wxmass.core.lint.Rule;
import io.wxmass.core.lint.SendHistory;
import io.wxmass.core.lint.Severity;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Core's {@link Preflight} applied to a campaign, with what only a campaign knows. What blocks a plan:
 * <ul>
 *   <li>every error Preflight reports (an article_id as media_id, a draft media_id an earlier campaign of the
 *       store already sent, ...);</li>
 *   <li>a bare mpnews media_id frozen into more than one batch: a draft serves one send (D17), so every batch
 *       after the first would answer 40007;</li>
 *   <li>what the platform no longer supports (Preflight warns; a campaign runs unattended, every batch would be
 *       refused alike) and an endpoint the campaign calls that the platform retired.</li>
 * </ul>
 * Warnings, shown but not blocking: no explicit send_ignore_reprint choice (the campaign sends 0), a superseded
 * endpoint. A send to all followers is never "by accident" here: only an explicit {@code --all} (or {@code "all"})
 * makes one.
 */
public final class CampaignLint {
    private CampaignLint() {
    }

    /**
     * @param batches the campaign's frozen batches (empty before approval)
     * @param history media_ids other campaigns of this store already sent
     */
    public static PlanFindings check(Campaign campaign, List<Batch> batches, SendHistory history) {
        MassMessage message = campaign.message();
        List<Finding> findings = new ArrayList<>();
        Preflight preflight = Preflight.send(message, audience(campaign)).allFollowersIntended(true)
                .history(campaign.draftPerBatch() ? SendHistory.EMPTY : history);
        if (campaign.ignoreReprint()) {
            preflight.ignoreReprint(true); // false is "no choice made": the store keeps no separate "no"
        }
        for (Finding f : preflight.findings()) {
            findings.add(f.rule() == Rule.NO_LONGER_SUPPORTED ? escalate(f) : f);
        }
        if (message instanceof MassMessage.MpNews news && !campaign.draftPerBatch() && batches.size() > 1) {
            findings.add(new Finding(Severity.ERROR, Rule.DRAFT_REUSED, "mpnews.media_id", news.mediaId()
                    + " is one draft for " + batches.size() + " batches, and a draft serves one send: batches after "
                    + "the first would answer 40007; create the campaign from its articles (--articles-file) so each "
                    + "batch gets a fresh draft"));
        }
        findings.addAll(endpointFindings(endpoints(campaign, batches)));
        return new PlanFindings(findings);
    }

    /**
     * What the store's other campaigns already sent of this campaign's bare mpnews media_id: a batch with a msg_id,
     * or one that may have gone out unseen. Only the same media_id is looked at, so only its campaigns' batches are read.
     */
    public static SendHistory history(Campaign campaign, List<Campaign> all, Function<String, List<Batch>> batchesOf) {
        if (!(campaign.message() instanceof MassMessage.MpNews news) || campaign.draftPerBatch()) {
            return SendHistory.EMPTY;
        }
        boolean sent = all.stream()
                .filter(c -> !c.id().equals(campaign.id()) && !c.draftPerBatch())
                .filter(c -> c.message() instanceof MassMessage.MpNews other && other.mediaId().equals(news.mediaId()))
                .anyMatch(c -> batchesOf.apply(c.id()).stream().anyMatch(b -> b.msgId().isPresent() || b.maybeSent()));
        return sent ? new SendHistory(Set.of(news.mediaId()), Set.of()) : SendHistory.EMPTY;
    }

    /** The endpoints the campaign's run will call, against the table of retired and superseded ones. */
    static List<Finding> endpointFindings(Set<Endpoint> endpoints) {
        List<Finding> findings = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            RetiredEndpoints.lookup(endpoint.path()).ifPresent(status -> findings.add(new Finding(
                    status.retired() ? Severity.ERROR : Severity.WARNING, Rule.NO_LONGER_SUPPORTED, endpoint.path(),
                    status.describe())));
        }
        return findings;
    }

    private static Set<Endpoint> endpoints(Campaign campaign, List<Batch> batches) {
        Set<Endpoint> endpoints = new LinkedHashSet<>();
        boolean sendall = campaign.audienceKind() == AudienceKind.TAG || campaign.audienceKind() == AudienceKind.ALL;
        // An openid audience frozen into one tag batch goes out as one sendall to a temporary tag.
        boolean temporaryTag = !sendall && (campaign.strategy() == DeliveryStrategy.TAG
                || batches.stream().anyMatch(b -> b.kind() == AudienceKind.TAG));
        endpoints.add(sendall || temporaryTag ? Endpoints.MASS_SENDALL : Endpoints.MASS_SEND);
        if (temporaryTag) {
            endpoints.add(Endpoints.TAGS_BATCHTAGGING);
        }
        if (campaign.draftPerBatch()) {
            endpoints.add(Endpoints.DRAFT_ADD);
        }
        return endpoints;
    }

    /**
     * The audience Preflight sees. Its rules read the audience's kind only (is_to_all, a tag, a list), so an
     * openid campaign is linted as a list of two stand-ins; its real openids are checked when frozen.
     */
    private static Audience audience(Campaign campaign) {
        return switch (campaign.audienceKind()) {
            case ALL -> Audience.allFollowers();
            case TAG -> Audience.tag(campaign.audience() instanceof AudienceSpec.Tag t ? t.tagId() : 0L);
            case OPENIDS, TAG_MEMBERS, FOLLOWERS -> Audience.openIds(List.of("lint-stand-in-1", "lint-stand-in-2"));
        };
    }

    private static Finding escalate(Finding f) {
        return new Finding(Severity.ERROR, f.rule(), f.field(), f.message() + " (every batch would be refused)");
    }
}
