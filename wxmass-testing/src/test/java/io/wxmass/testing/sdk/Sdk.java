package io.wxmass.testing.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxmass.core.WxMass;
import io.wxmass.core.WxMassConfig;
import io.wxmass.core.http.Sleeper;
import io.wxmass.core.media.Article;
import io.wxmass.core.media.MediaFile;
import io.wxmass.core.media.MediaType;
import io.wxmass.sandbox.clock.SandboxClock;
import io.wxmass.sandbox.delivery.InboxEntry;
import io.wxmass.sandbox.embed.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What the SDK end-to-end tests share: wxmass-core's real client wired to a sandbox over HTTP, on the
 * sandbox's own clock; files from {@code src/test/resources/sdk}; and a way to start a fresh month.
 */
final class Sdk {
    /** A Wednesday mid-month, 10:00 in Beijing; the fixed clock only moves when a test (or an SDK wait) moves it. */
    static final String START = "2026-03-11T02:00:00Z";
    /** Followers of the sandboxes that check every inbox one by one. */
    static final int FOLLOWERS = 30;

    private Sdk() {
    }

    /** A client of the sandbox's default account whose waits move the sandbox clock instead of sleeping. */
    static WxMass client(Sandbox sandbox) {
        return client(sandbox, new ClockSleeper(sandbox.clock()));
    }

    static WxMass client(Sandbox sandbox, Sleeper sleeper) {
        return WxMass.create(config(sandbox, sleeper).build());
    }

    /** The client's configuration, for tests that change one more setting. */
    static WxMassConfig.Builder config(Sandbox sandbox, Sleeper sleeper) {
        return WxMassConfig.builder()
                .appId(sandbox.appId())
                .appSecret(sandbox.appSecret())
                .baseUrl(sandbox.baseUrl())
                .clock(sandbox.clock())
                .sleeper(sleeper);
    }

    /**
     * Moves the sandbox to 10:00 on the first day of the next month in the platform's zone, so that monthly
     * receive caps, the history quota, daily call counts and the minute window all start over: each test of a
     * class sharing one sandbox then sees the platform as if it were the only one.
     */
    static void startNextMonth(Sandbox sandbox) {
        SandboxClock clock = sandbox.clock();
        ZonedDateTime now = clock.instant().atZone(SandboxClock.PLATFORM_ZONE);
        ZonedDateTime next = now.toLocalDate().withDayOfMonth(1).plusMonths(1).atStartOfDay(SandboxClock.PLATFORM_ZONE)
                .plusHours(10);
        clock.advance(Duration.between(now, next));
    }

    /** Waits (really) until the sandbox has delivered every job and settled every push. */
    static void awaitIdle(Sandbox sandbox) throws InterruptedException {
        assertThat(sandbox.admin().awaitIdle(Duration.ofSeconds(20))).as("sandbox idle in time").isTrue();
    }

    static String openId(Sandbox sandbox, int followerIndex) {
        return sandbox.account().followers().openId(followerIndex);
    }

    /** The entries of one job in a follower's inbox: exactly one when the follower received it. */
    static List<InboxEntry> copiesOf(Sandbox sandbox, String openId, long msgId) {
        return sandbox.admin().inbox(sandbox.appId(), openId).stream().filter(e -> e.msgId() == msgId).toList();
    }

    /** A temporary image upload, the thumb_media_id articles take. */
    static String thumb(WxMass wx) {
        return wx.media().upload(MediaType.IMAGE, file("cover.png")).mediaId();
    }

    /** {@code count} articles with the fixture body and the given cover; a digest only when alone (core's rule). */
    static List<Article> articles(String thumbMediaId, int count) {
        String body = new String(resource("article.html"), StandardCharsets.UTF_8);
        List<Article> articles = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Article.Builder article = Article.builder().title("Spring issue, part " + i).thumbMediaId(thumbMediaId)
                    .author("wxmass").content(body);
            articles.add((count == 1 ? article.digest("Part " + i + " of the spring issue") : article).build());
        }
        return articles;
    }

    static MediaFile file(String name) {
        return MediaFile.of(name, resource(name));
    }

    static byte[] resource(String name) {
        try (InputStream in = Sdk.class.getResourceAsStream("/sdk/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource sdk/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
