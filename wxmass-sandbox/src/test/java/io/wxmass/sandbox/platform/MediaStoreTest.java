package io.wxmass.sandbox.platform;

import io.wxmass.sandbox.clock.SandboxClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediaStoreTest {
    private final SandboxClock clock = SandboxClock.fixed(Instant.parse("2026-03-11T02:00:00Z"));
    private final MediaStore store = new MediaStore(clock);

    @Test
    void temporaryMedia_vanishAfterThreeDays_permanentStay() {
        MediaItem temp = store.add(MediaKind.IMAGE, true);
        MediaItem perm = store.add(MediaKind.IMAGE, false);
        clock.advance(Duration.ofDays(3).minusSeconds(1));
        assertThat(store.find(temp.mediaId())).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.find(temp.mediaId())).isEmpty();
        assertThat(store.find(perm.mediaId())).isPresent();
    }

    @Test
    void require_wrongKind_is40007() {
        MediaItem voice = store.add(MediaKind.VOICE, false);
        assertThatThrownBy(() -> store.require(voice.mediaId(), Set.of(MediaKind.IMAGE)))
                .isInstanceOf(PlatformError.class).satisfies(e -> assertThat(((PlatformError) e).code()).isEqualTo(40007));
    }

    @Test
    void consumeIfDraft_removesDraftsOnly() {
        MediaItem draft = store.add(MediaKind.DRAFT, false, List.of("a"));
        MediaItem news = store.add(MediaKind.NEWS, false, List.of("a"));
        store.consumeIfDraft(draft.mediaId());
        store.consumeIfDraft(news.mediaId());
        assertThat(store.find(draft.mediaId())).isEmpty();
        assertThat(store.find(news.mediaId())).isPresent();
    }
}
