-- One schema for SQLite and PostgreSQL: only types and syntax both accept.
-- Times are epoch milliseconds (BIGINT) so both engines compare them the same way.

CREATE TABLE campaign (
    id               VARCHAR(32)  PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    message_json     TEXT         NOT NULL,
    audience_kind    VARCHAR(16)  NOT NULL,
    audience_ref     TEXT,
    audience_list    TEXT,
    ignore_reprint   INTEGER      NOT NULL DEFAULT 0,
    preview_openids  TEXT,
    scheduled_at     BIGINT,
    state            VARCHAR(16)  NOT NULL,
    recipient_count  BIGINT       NOT NULL DEFAULT 0,
    duplicate_count  BIGINT       NOT NULL DEFAULT 0,
    created_at       BIGINT       NOT NULL,
    planned_at       BIGINT
);

-- A batch is frozen at planning time: its openids and clientmsgid never change afterwards.
CREATE TABLE campaign_batch (
    campaign_id      VARCHAR(32)  NOT NULL REFERENCES campaign (id),
    batch_no         INTEGER      NOT NULL,
    client_msg_id    VARCHAR(32)  NOT NULL UNIQUE,
    kind             VARCHAR(16)  NOT NULL,
    tag_id           BIGINT,
    recipient_count  INTEGER      NOT NULL,
    openids          TEXT,
    state            VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    first_attempt_at BIGINT,
    next_attempt_at  BIGINT       NOT NULL DEFAULT 0,
    lease_owner      VARCHAR(64),
    lease_until      BIGINT,
    msg_id           BIGINT,
    msg_data_id      BIGINT,
    submitted_at     BIGINT,
    settled_at       BIGINT,
    settled_by       VARCHAR(160),
    status_text      VARCHAR(64),
    error_code       INTEGER,
    error_message    TEXT,
    total_count      BIGINT,
    filter_count     BIGINT,
    sent_count       BIGINT,
    error_count      BIGINT,
    check_state      INTEGER,
    copyright_json   TEXT,
    article_urls     TEXT,
    PRIMARY KEY (campaign_id, batch_no)
);
CREATE INDEX campaign_batch_state ON campaign_batch (campaign_id, state);
CREATE INDEX campaign_batch_msg ON campaign_batch (msg_id);

-- MASSSENDJOBFINISH events, stored before the receiver acknowledges them.
-- Both keys of docs/platform.md D15 are unique, so a retried push is stored once.
CREATE TABLE mass_event (
    dedupe_key       VARCHAR(160) PRIMARY KEY,
    msg_id           BIGINT       NOT NULL UNIQUE,
    received_at      BIGINT       NOT NULL,
    status_text      VARCHAR(64)  NOT NULL,
    total_count      BIGINT       NOT NULL,
    filter_count     BIGINT       NOT NULL,
    sent_count       BIGINT       NOT NULL,
    error_count      BIGINT       NOT NULL,
    check_state      INTEGER,
    copyright_json   TEXT,
    article_urls     TEXT
);
