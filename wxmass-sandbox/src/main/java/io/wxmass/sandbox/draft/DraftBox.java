package io.wxmass.sandbox.draft;

import io.wxmass.sandbox.platform.MediaItem;
import io.wxmass.sandbox.platform.MediaKind;
import io.wxmass.sandbox.platform.MediaStore;
import io.wxmass.sandbox.platform.PlatformError;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One account's draft box (docs/platform.md §7). Each draft is also a DRAFT item of the account's
 * {@link MediaStore}, which is what a mass send resolves: a draft whose media the store no longer finds
 * (consumed by a send) has left the box, as the platform removes drafts once mass-sent or published.
 */
public final class DraftBox {
    private final MediaStore media;
    private final Clock clock;
    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();

    public DraftBox(MediaStore media, Clock clock) {
        this.media = Objects.requireNonNull(media, "media");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public synchronized Draft add(List<DraftArticle> articles) {
        List<String> texts = articles.stream().map(DraftArticle::text).toList();
        MediaItem item = media.add(MediaKind.DRAFT, false, texts);
        Draft draft = new Draft(item.mediaId(), articles, item.createdAt(), item.createdAt());
        drafts.put(draft.mediaId(), draft);
        return draft;
    }

    /** A draft still in the box. */
    public Optional<Draft> find(String mediaId) {
        if (mediaId == null) {
            return Optional.empty();
        }
        Draft draft = drafts.get(mediaId);
        if (draft != null && media.find(mediaId).isEmpty()) {
            drafts.remove(mediaId, draft);
            return Optional.empty();
        }
        return Optional.ofNullable(draft);
    }

    /** The draft, or 40007 {@code invalid media_id}. */
    public Draft require(String mediaId) {
        return find(mediaId).orElseThrow(() -> PlatformError.of(40007, "invalid media_id"));
    }

    /** Replaces the article at the 0-based {@code index}: 40007 unknown draft, 40114 index out of range. */
    public synchronized Draft update(String mediaId, int index, DraftArticle article) {
        Draft draft = require(mediaId);
        if (index < 0 || index >= draft.articles().size()) {
            throw PlatformError.of(40114, "invalid index value");
        }
        List<DraftArticle> articles = new ArrayList<>(draft.articles());
        articles.set(index, article);
        Instant now = clock.instant();
        Draft updated = new Draft(mediaId, articles, draft.createdAt(), now.isAfter(draft.updatedAt()) ? now : draft.updatedAt());
        media.replaceArticles(mediaId, updated.texts());
        drafts.put(mediaId, updated);
        return updated;
    }

    /** Deletes a draft for good: 40007 when it is not in the box. */
    public synchronized void delete(String mediaId) {
        require(mediaId);
        remove(mediaId);
    }

    /** Takes a draft out of the box and out of the media a send can use (after a successful publish). */
    public synchronized void remove(String mediaId) {
        drafts.remove(mediaId);
        media.remove(mediaId);
    }

    /** The drafts in the box, most recently changed first. */
    public List<Draft> all() {
        List<Draft> list = new ArrayList<>();
        for (String id : List.copyOf(drafts.keySet())) {
            find(id).ifPresent(list::add);
        }
        list.sort(Comparator.comparing(Draft::updatedAt).thenComparing(Draft::createdAt).reversed()
                .thenComparing(Draft::mediaId));
        return list;
    }

    public int count() {
        return all().size();
    }
}
