package io.wxmass.campaign.store;

import io.wxmass.core.callback.event.PublishJobFinished;
import io.wxmass.core.publish.PublishState;
import io.wxmass.core.publish.PublishedArticleUrl;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * PUBLISHJOBFINISH events of one account (docs/platform.md §8.2), stored once each (a retried push is a
 * repeat) before serve acknowledges them. They settle nothing: a publish sends nothing to followers.
 */
public final class PublishEventStore {
    private final Database database;
    private final String appId;

    public PublishEventStore(Database database, String appId) {
        this.database = Objects.requireNonNull(database, "database");
        this.appId = AppIds.require(appId);
    }

    /** One stored event: the task, how it ended, and the article links when it succeeded. */
    public record Received(Instant receivedAt, String dedupeKey, String publishId, int statusCode,
                           Optional<String> articleId, List<String> articleUrls, List<Integer> failIdx) {
        public Received {
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(dedupeKey, "dedupeKey");
            Objects.requireNonNull(publishId, "publishId");
            Objects.requireNonNull(articleId, "articleId");
            articleUrls = List.copyOf(articleUrls);
            failIdx = List.copyOf(failIdx);
        }

        public PublishState status() {
            return PublishState.of(statusCode);
        }
    }

    /** Stores the event; false for a repeat, which changes nothing. Durable when it returns. */
    public boolean record(PublishJobFinished event, Instant now) {
        Objects.requireNonNull(event, "event");
        List<String> urls = event.articleDetail().stream().map(PublishedArticleUrl::articleUrl).toList();
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO publish_event (app_id, dedupe_key, publish_id, "
                    + "received_at, status_code, article_id, article_urls, fail_idx) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT DO NOTHING")) {
                ps.setString(1, appId);
                ps.setString(2, event.dedupeKey());
                ps.setString(3, event.publishId());
                ps.setLong(4, now.toEpochMilli());
                ps.setInt(5, event.statusCode());
                ps.setString(6, event.articleId().orElse(null));
                ps.setString(7, Sql.lines(urls));
                ps.setString(8, event.failIdx().isEmpty() ? null
                        : String.join(",", event.failIdx().stream().map(String::valueOf).toList()));
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The account's latest {@code limit} publish events, newest first. */
    public List<Received> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
        }
        return database.inTransaction(c -> {
            List<Received> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM publish_event WHERE app_id = ? "
                    + "ORDER BY received_at DESC, dedupe_key DESC LIMIT ?")) {
                ps.setString(1, appId);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                }
            }
            return out;
        });
    }

    private static Received read(ResultSet rs) throws SQLException {
        String fail = rs.getString("fail_idx");
        List<Integer> failIdx = fail == null ? List.of() : Arrays.stream(fail.split(",")).map(Integer::valueOf).toList();
        return new Received(Instant.ofEpochMilli(rs.getLong("received_at")), rs.getString("dedupe_key"),
                rs.getString("publish_id"), rs.getInt("status_code"), Sql.string(rs, "article_id"),
                Sql.lines(rs.getString("article_urls")), failIdx);
    }
}
