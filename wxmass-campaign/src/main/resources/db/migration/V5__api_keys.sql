-- API keys of the receiver's REST API. Only the SHA-256 of a key is kept: the key itself is shown
-- once, when it is created, and cannot be recovered from here. A revoked key keeps its row (and its
-- name), so the audit log's key names stay unambiguous.
CREATE TABLE api_key (
    name             VARCHAR(64)  PRIMARY KEY,
    key_sha256       VARCHAR(64)  NOT NULL UNIQUE,
    scopes           VARCHAR(200) NOT NULL,
    created_at       BIGINT       NOT NULL,
    revoked_at       BIGINT
);
