package io.wxmass.campaign.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.wxmass.campaign.BatchState;
import io.wxmass.campaign.CampaignService;
import io.wxmass.campaign.store.BatchCensus;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value #BATCHES}{@code {state}}: the account's campaign batches in each {@link BatchState}, read from the store.
 * One grouped query serves every state of one scrape: the counts are kept for {@code maxAgeNanos} (one second), so
 * a scrape reading ten gauges costs one query, not ten. A store that cannot be read reports NaN rather than failing
 * the scrape; {@code /readyz} is where an unreachable store shows.
 */
public final class CampaignGauges implements MeterBinder {
    public static final String BATCHES = "wxmass.campaign.batches";
    private static final Logger log = LoggerFactory.getLogger(CampaignGauges.class);
    private static final long MAX_AGE_NANOS = 1_000_000_000L;

    private final Supplier<Map<BatchState, Long>> census;
    private final Tags common;
    private Map<BatchState, Long> last;
    private long readAt;

    private CampaignGauges(Supplier<Map<BatchState, Long>> census, Tags common) {
        this.census = census;
        this.common = common;
    }

    /** Gauges of {@code service}'s account, tagged {@code common} besides {@code state}. */
    public static CampaignGauges of(CampaignService service, Iterable<Tag> common) {
        Objects.requireNonNull(service, "service");
        return new CampaignGauges(() -> BatchCensus.byState(service.database(), service.appId()), Tags.of(common));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (BatchState state : BatchState.values()) {
            Gauge.builder(BATCHES, this, g -> g.count(state))
                    .description("Campaign batches of the account in this state")
                    .strongReference(true) // the registry keeps the gauges alive, whoever bound them
                    .tags(common).tag("state", state.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    private synchronized double count(BatchState state) {
        long now = System.nanoTime();
        if (last == null || now - readAt > MAX_AGE_NANOS) {
            try {
                last = census.get();
                readAt = now;
            } catch (RuntimeException e) {
                log.debug("batch census failed: {}", e.toString());
                last = null;
                return Double.NaN;
            }
        }
        return last.getOrDefault(state, 0L);
    }
}
