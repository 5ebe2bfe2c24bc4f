package io.wxmass.campaign.plan;

import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignState;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.FrozenBatchSink;
import io.wxmass.campaign.store.StoreException;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.error.WxMassException;
import io.wxmass.core.message.Audience;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Freezes a draft campaign's audience into batches before anything is sent: openids are streamed
 * from their source (file, inline list, user API), deduplicated, cut into batches of at most
 * 10,000 and written one batch at a time inside one transaction, so a failed plan leaves the
 * campaign a draft and a completed one can never change.
 */
public final class CampaignPlanner {
    private final CampaignStore store;
    private final FollowerDirectory directory;
    private final Clock clock;
    private final int batchSize;

    public CampaignPlanner(CampaignStore store, FollowerDirectory directory, Clock clock) {
        this(store, directory, clock, Audience.OpenIds.MAX);
    }

    /** A smaller batch size is for tests and for accounts that want smaller jobs. */
    public CampaignPlanner(CampaignStore store, FollowerDirectory directory, Clock clock, int batchSize) {
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batchSize = batchSize;
    }

    public PlanResult plan(String campaignId) {
        Objects.requireNonNull(campaignId, "campaignId");
        Campaign campaign = store.get(campaignId)
                .orElseThrow(() -> CampaignStateException.notFound(campaignId));
        if (campaign.state() != CampaignState.DRAFT) { // a conflict to report as such; freeze() still guards the race
            throw CampaignStateException.wrongState(campaignId, campaign.state(), "only a DRAFT campaign can be approved");
        }
        // Read before the freezing transaction: on SQLite a second connection would wait for its lock.
        List<String> inline = store.inlineOpenIds(campaignId);
        int[] batches = new int[1];
        long[] counts = new long[2];
        try {
            store.freeze(campaignId, clock.instant(), sink -> {
                write(campaign, inline, sink, counts);
                batches[0] = sink.batches();
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && sql.getCause() instanceof WxMassException wx) {
                throw wx;
            }
            throw e;
        }
        return new PlanResult(campaignId, batches[0], counts[0], counts[1]);
    }

    private void write(Campaign campaign, List<String> inline, FrozenBatchSink sink, long[] counts) throws SQLException {
        switch (campaign.audienceKind()) {
            case TAG -> sink.tag(Long.parseLong(campaign.audienceRef().orElseThrow()));
            case ALL -> sink.all();
            case OPENIDS, TAG_MEMBERS, FOLLOWERS -> {
                BatchSplitter splitter = new BatchSplitter(batchSize, sink::openIds);
                try {
                    feed(campaign, inline, splitter);
                    splitter.finish();
                } catch (SQLException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new SQLException(e.getMessage(), e);
                }
                sink.duplicates(splitter.duplicates());
                counts[0] = splitter.accepted();
                counts[1] = splitter.duplicates();
            }
            default -> throw new IllegalStateException("unknown audience kind " + campaign.audienceKind());
        }
    }

    private void feed(Campaign campaign, List<String> inline, BatchSplitter splitter) throws Exception {
        switch (campaign.audienceKind()) {
            case OPENIDS -> {
                if (campaign.audienceRef().isPresent()) {
                    feedFile(Path.of(campaign.audienceRef().get()), splitter);
                } else {
                    feedAll(inline.iterator(), "openid #", splitter);
                }
            }
            case TAG_MEMBERS -> {
                try (Stream<String> members = directory.tagMembers(Long.parseLong(campaign.audienceRef().orElseThrow()))) {
                    feedAll(members.iterator(), "tag member #", splitter);
                }
            }
            case FOLLOWERS -> {
                try (Stream<String> followers = directory.followers()) {
                    feedAll(followers.iterator(), "follower #", splitter);
                }
            }
            default -> throw new IllegalStateException("not an openid audience: " + campaign.audienceKind());
        }
    }

    private static void feedFile(Path file, BatchSplitter splitter) throws Exception {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            String source = file.getFileName() + " line";
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    splitter.add(trimmed, source, number);
                }
            }
        } catch (NoSuchFileException e) {
            throw new InvalidRequestException("audience.file", "no such file: " + file);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException("audience.file", "cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void feedAll(Iterator<String> openIds, String what, BatchSplitter splitter) throws Exception {
        long index = 0;
        while (openIds.hasNext()) {
            index++;
            splitter.add(openIds.next(), what, index);
        }
    }

}
