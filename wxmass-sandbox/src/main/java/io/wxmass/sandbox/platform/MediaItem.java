package io.wxmass.sandbox.platform;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored media item.
 *
 * @param articles  for NEWS and DRAFT the text of each article (title and body), read by moderation and
 *                  the originality check; empty for other kinds
 * @param expiresAt temporary media vanish after 3 days; null for permanent material
 */
public record MediaItem(String mediaId, MediaKind kind, Instant createdAt, Instant expiresAt, List<String> articles) {
    public MediaItem {
        Objects.requireNonNull(mediaId, "mediaId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        articles = List.copyOf(Objects.requireNonNull(articles, "articles"));
    }

    public int articleCount() {
        return articles.size();
    }

    public boolean liveAt(Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
