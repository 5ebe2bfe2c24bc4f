-- Every push that is not a campaign event (user messages, subscribe/unsubscribe, menu clicks, ...),
-- stored before it is acknowledged and deduplicated by the platform's keys (docs/platform.md §4.4):
-- "msg:" + MsgId for messages, "evt:" + FromUserName + CreateTime + Event for events.
-- forward_state is NULL when serve forwards nowhere, PENDING until the operator's application has
-- answered 2xx (next_forward_at: the earliest redelivery), DELIVERED after.
CREATE TABLE inbox_message (
    app_id           VARCHAR(64)  NOT NULL,
    dedupe_key       VARCHAR(300) NOT NULL,
    msg_type         VARCHAR(32)  NOT NULL,
    event            VARCHAR(64),
    from_user        VARCHAR(128) NOT NULL,
    create_time      BIGINT       NOT NULL,
    received_at      BIGINT       NOT NULL,
    xml              TEXT         NOT NULL,
    forward_state    VARCHAR(16),
    forward_attempts INTEGER      NOT NULL DEFAULT 0,
    next_forward_at  BIGINT,
    delivered_at     BIGINT,
    PRIMARY KEY (app_id, dedupe_key)
);

CREATE INDEX inbox_message_due ON inbox_message (forward_state, next_forward_at);
