package io.wxmass.campaign.plan;

import io.wxmass.campaign.Actor;
import io.wxmass.campaign.AudienceSpec;
import io.wxmass.campaign.Campaign;
import io.wxmass.campaign.CampaignStateException;
import io.wxmass.campaign.DeliveryStrategy;
import io.wxmass.campaign.store.CampaignStore;
import io.wxmass.campaign.store.FrozenBatchSink;
import io.wxmass.core.error.InvalidRequestException;
import io.wxmass.core.message.Audience;
import io.wxmass.core.message.MassMessage;
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

/**
 * Freezes a draft campaign's audience into batches before anything is sent: openids are streamed
 * from their source (file, inline list, user API), deduplicated, cut into batches of at most
 * 10,000 and written one batch at a time inside one transaction, so a failed plan leaves the
 * campaign a draft and a completed one can never change. Openids from the user API are spooled to a
 * temporary file first: the transaction never waits on the network.
 */
public final class CampaignPlanner {
    private static final int OPENID_LINE_BYTES = 29;
    private static final String TAG_MEMBER = "tag member #";
    private static final String FOLLOWER = "follower #";

    private final CampaignStore store;
    private final FollowerDirectory directory;
    private final Clock clock;
    private final int batchSize;
    private final StrategyChooser chooser;

    public CampaignPlanner(CampaignStore store, FollowerDirectory directory, Clock clock) {
        this(store, directory, clock, Audience.OpenIds.MAX);
    }

    /** A smaller batch size is for tests and for accounts that want smaller jobs. */
    public CampaignPlanner(CampaignStore store, FollowerDirectory directory, Clock clock, int batchSize) {
        this(store, directory, clock, batchSize, SendAllowance.PLATFORM_DEFAULT);
    }

    /** @param allowance the day's sends the list batches are weighed against (the strategy choice) */
    public CampaignPlanner(CampaignStore store, FollowerDirectory directory, Clock clock, int batchSize,
                           SendAllowance allowance) {
        this.store = Objects.requireNonNull(store, "store");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batchSize = batchSize;
        this.chooser = new StrategyChooser(allowance);
    }

    public PlanResult plan(String campaignId) {
        return plan(campaignId, null);
    }

    /** Freezes the audience and records {@code approver} (null: none recorded) in the same transaction. */
    public PlanResult plan(String campaignId, Actor approver) {
        Objects.requireNonNull(campaignId, "campaignId");
        Campaign campaign = store.get(campaignId)
                .orElseThrow(() -> CampaignStateException.notFound(campaignId));
        int[] batches = new int[1];
        long[] counts = new long[2];
        PlanChoice[] choice = new PlanChoice[1];
        String[] reason = new String[1];
        // quota/get is asked now, not inside the freezing transaction (on SQLite that holds the write lock).
        AudienceSpec audience = campaign.audience();
        boolean openIds = !(audience instanceof AudienceSpec.Tag) && !(audience instanceof AudienceSpec.All);
        StrategyChooser now = openIds && campaign.strategy() == DeliveryStrategy.AUTO ? chooser.snapshot() : chooser;
        try (OpenIdSpool spool = spool(campaign)) {
            store.freeze(campaignId, approver, clock.instant(), sink -> {
                choice[0] = write(campaign, spool, sink, counts, now);
                batches[0] = sink.batches();
                reason[0] = sink.reason();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the audience of " + campaignId, e);
        }
        return new PlanResult(campaignId, batches[0], counts[0], counts[1],
                choice[0] == null ? DeliveryStrategy.AUTO : choice[0].strategy(), reason[0]);
    }

    /** The temporary tag's name: derived from the campaign, so a re-run after a crash finds the tag it made. */
    public static String temporaryTagName(String campaignId) {
        return "wxmass-" + campaignId;
    }

    /** The user API's openids, fetched before any transaction; null for audiences that need no network. */
    private OpenIdSpool spool(Campaign campaign) throws IOException {
        if (campaign.audience() instanceof AudienceSpec.TagMembers members) {
            return OpenIdSpool.fill(directory.tagMembers(members.tagId()), TAG_MEMBER);
        }
        if (campaign.audience() instanceof AudienceSpec.Followers) {
            return OpenIdSpool.fill(directory.followers(), FOLLOWER);
        }
        return null;
    }

    private PlanChoice write(Campaign campaign, OpenIdSpool spool, FrozenBatchSink sink, long[] counts,
                             StrategyChooser choosing) throws SQLException {
        AudienceSpec audience = campaign.audience();
        if (audience instanceof AudienceSpec.Tag tag) {
            sink.tag(tag.tagId());
            return sendall(sink, "one sendall to tag " + tag.tagId());
        }
        if (audience instanceof AudienceSpec.All) {
            sink.all();
            return sendall(sink, "one sendall to all followers");
        }
        // Asked for a tag: straight into tag chunks. Otherwise as list batches, moved into chunks
        // in the database if the count at the end says a tag is better.
        boolean tagAsked = campaign.strategy() == DeliveryStrategy.TAG;
        BatchSplitter splitter = new BatchSplitter(batchSize, tagAsked ? sink::tagChunk : sink::openIds,
                expectedOpenIds(audience, spool));
        try {
            feed(audience, spool, splitter);
            splitter.finish();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(e.getMessage(), e);
        }
        sink.duplicates(splitter.duplicates());
        counts[0] = splitter.accepted();
        counts[1] = splitter.duplicates();
        int listBatches = tagAsked ? sink.chunks() : sink.batches();
        boolean singleUse = campaign.message() instanceof MassMessage.MpNews && !campaign.draftPerBatch();
        PlanChoice choice = choosing.choose(campaign.strategy(), listBatches, splitter.accepted(), singleUse);
        if (choice.strategy() == DeliveryStrategy.TAG) {
            if (!tagAsked) {
                sink.moveBatchesToTagChunks();
            }
            sink.temporaryTag(temporaryTagName(campaign.id()));
        }
        sink.reason(choice.reason());
        return choice;
    }

    /** A guess at the audience's size, so the repeat check is sized once: a platform openid and its line break are 29 bytes. */
    private static long expectedOpenIds(AudienceSpec audience, OpenIdSpool spool) {
        try {
            if (spool != null) {
                return spool.bytes() / OPENID_LINE_BYTES;
            }
            if (audience instanceof AudienceSpec.OpenIdFile file) {
                return Files.size(file.file()) / OPENID_LINE_BYTES;
            }
        } catch (IOException e) {
            return 0; // reading the file says what is wrong with it, with its name
        }
        return audience instanceof AudienceSpec.OpenIdList list ? list.openIds().size() : 0;
    }

    /** Sendall audiences have nothing to choose: no choice, only the reason. */
    private static PlanChoice sendall(FrozenBatchSink sink, String reason) {
        sink.reason(reason);
        return null;
    }

    private static void feed(AudienceSpec audience, OpenIdSpool spool, BatchSplitter splitter) throws Exception {
        if (audience instanceof AudienceSpec.OpenIdFile file) {
            feedFile(file.file(), splitter);
        } else if (audience instanceof AudienceSpec.OpenIdList list) {
            feedAll(list.openIds().iterator(), "openid #", splitter);
        } else if (audience instanceof AudienceSpec.TagMembers) {
            spool.feed(splitter, TAG_MEMBER);
        } else if (audience instanceof AudienceSpec.Followers) {
            spool.feed(splitter, FOLLOWER);
        } else {
            throw new IllegalStateException("not an openid audience: " + audience);
        }
    }

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private static void feedFile(Path file, BatchSplitter splitter) throws Exception {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            String source = file.getFileName() + " line";
            long number = 0;
            while ((line = reader.readLine()) != null) { // readLine drops \n and \r\n alike
                number++;
                if (number == 1 && line.startsWith(BYTE_ORDER_MARK)) {
                    line = line.substring(1); // editors on Windows start UTF-8 files with one
                }
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
