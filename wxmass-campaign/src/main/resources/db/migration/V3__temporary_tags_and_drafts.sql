-- Large lists sent as one sendall to a temporary tag (docs/platform.md D19), and a fresh draft per
-- batch for campaigns built from articles (D17).

-- auto | list | tag, as the operator asked; plan_reason says what the planner chose and why.
ALTER TABLE campaign ADD COLUMN strategy VARCHAR(8) NOT NULL DEFAULT 'auto';
ALTER TABLE campaign ADD COLUMN plan_reason TEXT;
-- The articles of an mpnews campaign, kept so each batch can get a draft of its own.
ALTER TABLE campaign ADD COLUMN articles_json TEXT;

-- The draft a batch sends, recorded before the send; draft_deleted once an unsent draft was removed.
ALTER TABLE campaign_batch ADD COLUMN draft_media_id VARCHAR(128);
ALTER TABLE campaign_batch ADD COLUMN draft_deleted INTEGER NOT NULL DEFAULT 0;

-- The temporary tag of a campaign sent by tag: one row, its steps recorded before and after each call.
-- state: PLANNED (no tag yet), CREATING (tags/create may have happened), TAGGING (tag id known),
-- TAGGED (every chunk tagged, the sendall may go), DELETED (untagged and deleted after the job).
CREATE TABLE campaign_temp_tag (
    campaign_id      VARCHAR(32)  PRIMARY KEY REFERENCES campaign (id),
    batch_no         INTEGER      NOT NULL,
    tag_name         VARCHAR(64)  NOT NULL,
    tag_id           BIGINT,
    state            VARCHAR(16)  NOT NULL,
    fallback_count   BIGINT       NOT NULL DEFAULT 0,
    dropped_count    BIGINT       NOT NULL DEFAULT 0,
    deleted_at       BIGINT
);

-- The frozen openids that go into the tag, up to 10,000 a chunk; tagged counts those done (50 a call),
-- failed lists those the platform would not tag (sent as list batches instead).
CREATE TABLE campaign_tag_chunk (
    campaign_id      VARCHAR(32)  NOT NULL REFERENCES campaign (id),
    chunk_no         INTEGER      NOT NULL,
    openids          TEXT         NOT NULL,
    recipient_count  INTEGER      NOT NULL,
    tagged           INTEGER      NOT NULL DEFAULT 0,
    failed           TEXT,
    untagged         INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, chunk_no)
);
