package io.wxmass.cli.demo;

import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Batch;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignSpec;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.CampaignTotals;
import io.wxmass.campaign.plan.PlanResult;
import io.wxmass.campaign.serve.CampaignJson;
import io.wxmass.cli.campaign.CampaignRuntime;
import io.wxmass.cli.campaign.CampaignFollower;
import io.wxmass.cli.output.Output;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.media.Article;
import io.wxmass.core.media.ArticleHtml;
import io.wxmass.core.media.MediaApi;
import io.wxmass.core.media.MediaType;
import io.wxmass.core.message.PreviewTarget;
import io.wxmass.sandbox.delivery.MassJob;
import io.wxmass.sandbox.platform.Followers;
import io.wxmass.sandbox.push.PushAttempt;
import io.wxmass.sandbox.platform.Tag;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The main job, end to end: upload the media (uploadimg, a thumb, uploadnews), preview, then two
 * campaigns — one sendall to a tag and one to an openid list longer than 10,000 (frozen into
 * batches) — whose MASSSENDJOBFINISH events come back through the receiver service; then the
 * totals per campaign, checked against the sandbox's own delivery counts.
 */
final class DemoJob {
    private final DemoWorld world;
    private final Output output;
    private final Path workDir;
    private final int tagSize;
    private final Duration maxWait;

    DemoJob(DemoWorld world, Output output, Path workDir, int tagSize, Duration maxWait) {
        this.world = world;
        this.output = output;
        this.workDir = workDir;
        this.tagSize = tagSize;
        this.maxWait = maxWait;
    }

    /** The outcome; {@code ok} is true when every batch finished and the totals equal the sandbox's. */
    Map<String, Object> run() throws InterruptedException {
        Map<String, Object> result = new LinkedHashMap<>();
        Followers followers = world.sandbox.account().followers();
        Tag tag = tagFirstFollowers(followers);
        Path openIdFile = writeOpenIds(followers);
        output.note("sandbox " + world.sandbox.baseUrl() + ": " + followers.size() + " followers, tag "
                + tag.id() + " with " + tag.count() + "; receiver " + world.receiver.callbackUrl() + " (safe mode)");

        List<Article> articles = List.of(uploadMedia(result));
        // Each campaign keeps the article and sends every batch a draft of its own: a draft serves one send.
        List<Campaign> campaigns = List.of(
                world.campaigns.create(CampaignSpec.fromArticles("demo: tag " + tag.name(), articles,
                        AudienceSpec.tag(tag.id())).build()),
                world.campaigns.create(CampaignSpec.fromArticles("demo: " + followers.size() + " openids", articles,
                        AudienceSpec.openIdFile(openIdFile)).strategy(DeliveryStrategy.LIST).build()));
        world.wx.mass().preview(campaigns.get(1).message(), PreviewTarget.openId(followers.openId(0)));
        output.note("preview sent to " + followers.openId(0));
        result.put("previewTo", followers.openId(0));
        CampaignFollower follower = new CampaignFollower(world.campaigns, output, Clock.systemUTC(), Sleeper.SYSTEM);
        for (Campaign campaign : campaigns) {
            PlanResult plan = world.campaigns.approve(campaign.id(), CampaignRuntime.actor());
            output.note("campaign " + campaign.id() + " (" + campaign.name() + "): " + plan.batches() + " batch(es), "
                    + (plan.recipients() > 0 ? plan.recipients() + " openids frozen" : "one sendall"));
            follower.send(campaign.id());
        }
        boolean ok = true;
        List<Map<String, Object>> outcomes = new ArrayList<>();
        for (Campaign campaign : campaigns) {
            CampaignTotals totals = follower.awaitOutcome(campaign.id(), maxWait);
            long sandboxSent = sandboxSent(campaign.id());
            boolean agrees = totals.done() && totals.batchesIn(BatchState.FINISHED) == totals.batches()
                    && totals.counts().sent() == sandboxSent && totals.unconfirmed() == 0;
            ok &= agrees;
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("name", campaign.name());
            outcome.putAll(CampaignJson.totals(totals));
            outcome.put("sandboxSent", sandboxSent);
            outcome.put("matchesSandbox", agrees);
            outcomes.add(outcome);
        }
        result.put("campaigns", outcomes);
        result.put("eventsAccepted", eventsAccepted());
        result.put("ok", ok);
        return result;
    }

    private Tag tagFirstFollowers(Followers followers) {
        Tag tag = world.sandbox.admin().createTag(world.appId(), "demo-vip");
        List<String> members = new ArrayList<>(tagSize);
        for (int i = 0; i < Math.min(tagSize, followers.size()); i++) {
            members.add(followers.openId(i));
        }
        world.sandbox.admin().tag(world.appId(), tag.id(), members);
        return tag;
    }

    private Path writeOpenIds(Followers followers) {
        Path file = workDir.resolve("wxmass-demo-openids.txt");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < followers.size(); i++) {
                out.write(followers.openId(i));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private Article uploadMedia(Map<String, Object> result) {
        MediaApi media = world.wx.media();
        String imageUrl = media.uploadImage(DemoImages.articlePng());
        String thumbId = media.upload(MediaType.THUMB, DemoImages.thumbJpeg()).mediaId();
        Article article = Article.builder().title("wxmass: sent exactly once").thumbMediaId(thumbId).author("wxmass demo")
                .digest("One command, a whole campaign.")
                .content("<p>Hello from the wxmass demo.</p>" + ArticleHtml.image(imageUrl)).build();
        Map<String, Object> uploaded = new LinkedHashMap<>();
        uploaded.put("imageUrl", imageUrl);
        uploaded.put("thumbMediaId", thumbId);
        result.put("media", uploaded);
        output.note("media uploaded: image " + imageUrl + ", thumb " + thumbId);
        return article;
    }

    /** What the platform itself says it delivered for the campaign's jobs. */
    private long sandboxSent(String campaignId) {
        long sent = 0;
        for (Batch batch : world.campaigns.batches(campaignId)) {
            if (batch.msgId().isPresent()) {
                sent += world.sandbox.admin().job(world.appId(), batch.msgId().getAsLong()).map(MassJob::sentCount).orElse(0);
            }
        }
        return sent;
    }

    /** MASSSENDJOBFINISH pushes the receiver acknowledged, as the sandbox logged them. */
    private long eventsAccepted() {
        return world.sandbox.admin().pushAttempts(world.appId()).stream().filter(PushAttempt::accepted).count();
    }
}
