-- Outcome classes (an explicit UNKNOWN state, deferral), the attempt log and the quota ledger.

-- uncertain_since: the first moment an attempt of this batch may have gone out without the store knowing
-- (a lost answer, or a worker that died mid-attempt); sticky, so a later refusal can never make it FAILED.
-- attempt_open: 1 from markSending until that attempt's outcome is recorded; still 1 at the next claim
-- means the previous attempt never reported (its worker died or lost its lease).
ALTER TABLE campaign_batch ADD COLUMN uncertain_since BIGINT;
ALTER TABLE campaign_batch ADD COLUMN attempt_open INTEGER NOT NULL DEFAULT 0;
-- Why a DEFERRED batch waits: DAY (the day's sendall+send quota) or MONTH (the month's history quota).
ALTER TABLE campaign_batch ADD COLUMN deferred_for VARCHAR(16);

-- Every attempt at a batch and its answer, appended, never updated.
CREATE TABLE batch_attempt (
    campaign_id      VARCHAR(32)  NOT NULL,
    batch_no         INTEGER      NOT NULL,
    seq              INTEGER      NOT NULL,
    attempt_no       INTEGER      NOT NULL,
    attempted_at     BIGINT       NOT NULL,
    worker           VARCHAR(64)  NOT NULL,
    outcome          VARCHAR(16)  NOT NULL,
    errcode          INTEGER,
    request_id       VARCHAR(64),
    msg_id           BIGINT,
    answer           TEXT         NOT NULL,
    PRIMARY KEY (campaign_id, batch_no, seq)
);

-- Calls per account and quota period: MASS_DAY counts sendall+send calls per platform day (yyyy-MM-dd,
-- Asia/Shanghai), TO_ALL_MONTH counts accepted is_to_all sends per month (yyyy-MM).
CREATE TABLE quota_ledger (
    app_id           VARCHAR(64)  NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    period           VARCHAR(10)  NOT NULL,
    calls            BIGINT       NOT NULL,
    PRIMARY KEY (app_id, kind, period)
);
