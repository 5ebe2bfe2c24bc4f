package io.wxmass.campaign.store;

import static io.wxmass.campaign.store.StoreFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.testing.TestDatabases;
import io.wxmass.core.callback.event.EventHeader;
import io.wxmass.core.callback.event.PublishJobFinished;
import io.wxmass.core.publish.PublishState;
import io.wxmass.core.publish.PublishedArticleUrl;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublishEventStoreTest {
    @TempDir
    Path folder;

    private static PublishJobFinished event(long createTime, String publishId, int status, List<String> urls,
                                            List<Integer> failIdx) {
        List<PublishedArticleUrl> detail = new java.util.ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            detail.add(new PublishedArticleUrl(i + 1, urls.get(i)));
        }
        return new PublishJobFinished(new EventHeader("gh_account", "oSystem", createTime, "event",
                Optional.of(PublishJobFinished.EVENT)), publishId, status,
                status == 0 ? Optional.of("article-" + publishId) : Optional.empty(), detail, failIdx);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void record_storesTheEventOnce_andRecentReadsItBackNewestFirst(Dialect dialect) {
        StoreFixture s = new StoreFixture(TestDatabases.fresh(dialect, folder));
        PublishEventStore store = s.events.publishEvents();
        PublishJobFinished done = event(100, "2247483647", 0,
                List.of("https://mp.weixin.qq.com/s/one", "https://mp.weixin.qq.com/s/two"), List.of());

        assertThat(store.record(done, T0)).isTrue();
        assertThat(store.record(done, T0.plusSeconds(5))).as("the platform's retry").isFalse();
        assertThat(store.record(event(200, "2247483648", 4, List.of(), List.of(1, 3)), T0.plusSeconds(10))).isTrue();

        List<PublishEventStore.Received> recent = store.recent(10);
        assertThat(recent).extracting(PublishEventStore.Received::publishId).containsExactly("2247483648", "2247483647");
        assertThat(recent.get(0).status()).isEqualTo(PublishState.REJECTED_BY_REVIEW);
        assertThat(recent.get(0).failIdx()).containsExactly(1, 3);
        assertThat(recent.get(0).articleUrls()).isEmpty();
        assertThat(recent.get(1).receivedAt()).isEqualTo(T0);
        assertThat(recent.get(1).articleId()).contains("article-2247483647");
        assertThat(recent.get(1).articleUrls()).containsExactly("https://mp.weixin.qq.com/s/one", "https://mp.weixin.qq.com/s/two");
        assertThat(store.recent(1)).hasSize(1);
        assertThat(s.events.recent(10)).as("no mass event was made of them").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void events_areTheirAccountsOnly(Dialect dialect) {
        Database db = TestDatabases.fresh(dialect, folder);
        new PublishEventStore(db, "wxAccountOne").record(event(1, "1", 0, List.of("https://mp.weixin.qq.com/s/a"), List.of()), T0);
        assertThat(new PublishEventStore(db, "wxAccountTwo").recent(5)).isEmpty();
        assertThat(new PublishEventStore(db, "wxAccountOne").recent(5)).hasSize(1);
    }
}
