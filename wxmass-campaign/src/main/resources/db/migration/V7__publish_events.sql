-- PUBLISHJOBFINISH events (docs/platform.md §8.2): a freepublish task ended. Publishing sends nothing to
-- followers, so they settle no batch; serve stores them before acknowledging, deduplicated by FromUserName +
-- CreateTime (D15), so the console can list them beside the mass events.
CREATE TABLE publish_event (
    app_id        VARCHAR(64)  NOT NULL,
    dedupe_key    VARCHAR(300) NOT NULL,
    publish_id    VARCHAR(64)  NOT NULL,
    received_at   BIGINT       NOT NULL,
    status_code   INTEGER      NOT NULL,
    article_id    VARCHAR(128),
    article_urls  TEXT,
    fail_idx      VARCHAR(200),
    PRIMARY KEY (app_id, dedupe_key)
);

CREATE INDEX publish_event_recent ON publish_event (app_id, received_at);
