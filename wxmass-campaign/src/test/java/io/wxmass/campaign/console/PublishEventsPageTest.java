package io.wxmass.campaign.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.campaign.auth.Scope;
import io.wxmass.campaign.store.EventStore;
import io.wxmass.campaign.store.PublishEventStore;
import io.wxmass.core.draft.DraftArticle;
import io.wxmass.core.publish.PublishState;
import io.wxmass.sandbox.publish.Publisher;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A publish's PUBLISHJOBFINISH, pushed signed and encrypted by the sandbox to serve's callback door, is stored
 * before it is acknowledged and listed on the console's front page beside the mass events.
 */
class PublishEventsPageTest {
    private static ConsoleRig rig;

    @BeforeAll
    static void start() throws Exception {
        rig = ConsoleRig.startIdle(5);
    }

    @AfterAll
    static void stop() throws Exception {
        rig.close();
    }

    @Test
    void publishPush_throughServesCallback_isStored_andShownWithItsArticleLinks() throws Exception {
        String draft = rig.wx.drafts().add(DraftArticle.news().title("Published").content("<p>Published</p>")
                .thumbMediaId(rig.thumb()).build());
        String publishId = rig.wx.publishing().submit(draft).publishId();
        rig.sandbox.clock().advance(Publisher.PUBLISH_TIME);
        assertThat(rig.sandbox.publisher().awaitSettled(Duration.ofSeconds(20))).isTrue();

        PublishEventStore store = new EventStore(rig.database, rig.sandbox.appId()).publishEvents();
        List<PublishEventStore.Received> stored = awaitStored(store);
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.publishId()).isEqualTo(publishId);
            assertThat(e.status()).isEqualTo(PublishState.SUCCESS);
            assertThat(e.articleUrls()).singleElement().asString().startsWith("http");
        });
        String url = stored.get(0).articleUrls().get(0);

        ConsoleClient browser = new ConsoleClient(rig.url()).login(rig.key("viewer", Scope.READ));
        HttpResponse<String> home = browser.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        String events = home.body().substring(home.body().indexOf("id=\"events\""));
        assertThat(events).contains("PUBLISHJOBFINISH", publishId, "SUCCESS (0)", "href=\"" + url.replace("&", "&amp;") + "\"");
    }

    /** The push goes out on the sandbox's push threads after the publish settles; the store is read until it lands. */
    private static List<PublishEventStore.Received> awaitStored(PublishEventStore store) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<PublishEventStore.Received> stored = store.recent(10);
        while (stored.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            stored = store.recent(10);
        }
        return stored;
    }
}
