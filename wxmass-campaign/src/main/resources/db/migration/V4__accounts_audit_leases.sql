-- One store for many accounts (docs/platform.md §6: one access token per appid): every row names
-- the account it belongs to. Rows written before this migration get '' and are adopted by the
-- first account that opens the upgraded store (see LegacyRows).
ALTER TABLE campaign ADD COLUMN app_id VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE campaign_batch ADD COLUMN app_id VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE mass_event ADD COLUMN app_id VARCHAR(32) NOT NULL DEFAULT '';
CREATE INDEX campaign_app ON campaign (app_id, created_at);
CREATE INDEX campaign_batch_app_state ON campaign_batch (app_id, state);

-- Operator steering: who created and approved a campaign, and the rules its approval must meet.
ALTER TABLE campaign ADD COLUMN created_by VARCHAR(160);
ALTER TABLE campaign ADD COLUMN approved_by VARCHAR(160);
ALTER TABLE campaign ADD COLUMN approved_at BIGINT;
ALTER TABLE campaign ADD COLUMN previewed_at BIGINT;
ALTER TABLE campaign ADD COLUMN require_preview INTEGER NOT NULL DEFAULT 0;
ALTER TABLE campaign ADD COLUMN four_eyes INTEGER NOT NULL DEFAULT 0;

-- Every operator verb, append-only: who (an Actor), what, when, and what it did.
CREATE TABLE audit_log (
    id               VARCHAR(32)  PRIMARY KEY,
    app_id           VARCHAR(32)  NOT NULL,
    at               BIGINT       NOT NULL,
    actor            VARCHAR(200) NOT NULL,
    action           VARCHAR(32)  NOT NULL,
    campaign_id      VARCHAR(32),
    batch_no         INTEGER,
    detail           TEXT
);
CREATE INDEX audit_log_campaign ON audit_log (campaign_id, at);

-- One sender per account at a time: the scheduler holds this row's lease (timed by the database's
-- clock) and stamps every batch it changes with the row's fencing token.
CREATE TABLE account_lease (
    app_id           VARCHAR(32)  PRIMARY KEY,
    owner            VARCHAR(64),
    lease_until      BIGINT       NOT NULL DEFAULT 0,
    fence            BIGINT       NOT NULL DEFAULT 0
);
ALTER TABLE campaign_batch ADD COLUMN fence BIGINT;

-- The hand-written runner's bookkeeping; Flyway's history table replaces it.
DROP TABLE IF EXISTS schema_version;
