package io.wxmass.sandbox.platform;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The media of one account: temporary uploads, permanent material, news, drafts and mpvideos. */
public final class MediaStore {
    /** Temporary media live three days on the platform. */
    public static final Duration TEMPORARY_LIFETIME = Duration.ofDays(3);

    private final Clock clock;
    private final Map<String, MediaItem> items = new ConcurrentHashMap<>();
    private final Set<String> consumedDrafts = ConcurrentHashMap.newKeySet();
    private final Map<String, List<ObjectNode>> newsFields = new ConcurrentHashMap<>();

    public MediaStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public MediaItem add(MediaKind kind, boolean temporary) {
        return add(kind, temporary, List.of());
    }

    /** Stores news or a draft with the text of each article. */
    public MediaItem add(MediaKind kind, boolean temporary, List<String> articles) {
        Objects.requireNonNull(kind, "kind");
        Instant now = clock.instant();
        MediaItem item = new MediaItem(Ids.urlSafe(43), kind, now, temporary ? now.plus(TEMPORARY_LIFETIME) : null,
                articles);
        items.put(item.mediaId(), item);
        return item;
    }

    /** A live item; drafts already used by a successful send are gone (spec 1.12). */
    public Optional<MediaItem> find(String mediaId) {
        if (mediaId == null || consumedDrafts.contains(mediaId)) {
            return Optional.empty();
        }
        MediaItem item = items.get(mediaId);
        return item != null && item.liveAt(clock.instant()) ? Optional.of(item) : Optional.empty();
    }

    /** The live item if it is one of {@code kinds}; else 40007 {@code invalid media_id}. */
    public MediaItem require(String mediaId, Set<MediaKind> kinds) {
        return find(mediaId).filter(m -> kinds.contains(m.kind()))
                .orElseThrow(() -> PlatformError.of(40007, "invalid media_id"));
    }

    /** A draft's media_id dies with its first successful mpnews send. */
    public void consumeIfDraft(String mediaId) {
        MediaItem item = items.get(mediaId);
        if (item != null && item.kind() == MediaKind.DRAFT) {
            consumedDrafts.add(mediaId);
        }
    }

    /** Gives a news or draft item new article texts (draft/update), keeping its media_id and dates. */
    public void replaceArticles(String mediaId, List<String> articles) {
        items.computeIfPresent(mediaId, (id, m) -> new MediaItem(id, m.kind(), m.createdAt(), m.expiresAt(), articles));
    }

    /** Keeps the articles of an uploadnews item as sent, for showing them as a follower sees them. */
    public void keepArticleFields(String mediaId, List<ObjectNode> articles) {
        newsFields.put(Objects.requireNonNull(mediaId, "mediaId"), articles.stream().map(ObjectNode::deepCopy).toList());
    }

    /** The articles of an uploadnews item as sent; empty for other kinds. */
    public List<ObjectNode> articleFields(String mediaId) {
        return newsFields.getOrDefault(mediaId, List.of()).stream().map(ObjectNode::deepCopy).toList();
    }

    /** Forgets an item (draft/delete, a published draft). */
    public void remove(String mediaId) {
        items.remove(mediaId);
    }

    public List<MediaItem> all() {
        return List.copyOf(items.values());
    }
}
