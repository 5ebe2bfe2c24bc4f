-- What a store written by wxmass before Flyway holds after V1__init.sql: the hand-written runner's
-- history table (exactly as it created it, V1 with its checksum) and one sent campaign of two batches.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at BIGINT NOT NULL);
INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (1, 'init', 'fcedb63b45f2781c310f5a573b3a114e2848e76e9aeb87204429da61474f5e4c', 1772352000000);
INSERT INTO campaign (id, name, message_json, audience_kind, audience_ref, audience_list, ignore_reprint, preview_openids, scheduled_at, state, recipient_count, duplicate_count, created_at, planned_at) VALUES ('legacyaaaaaaaaaa', 'spring sale', '{"type":"text","content":"hello"}', 'OPENIDS', NULL, 'oLegacy0000000000000000000001
oLegacy0000000000000000000002
oLegacy0000000000000000000003', 0, NULL, NULL, 'PLANNED', 3, 0, 1772352000000, 1772352060000);
INSERT INTO campaign_batch (campaign_id, batch_no, client_msg_id, kind, tag_id, recipient_count, openids, state, attempts, first_attempt_at, next_attempt_at, msg_id, submitted_at, settled_at, settled_by, status_text, total_count, filter_count, sent_count, error_count) VALUES ('legacyaaaaaaaaaa', 1, 'legacyaaaaaaaaaa-1', 'OPENIDS', NULL, 2, 'oLegacy0000000000000000000001
oLegacy0000000000000000000002', 'FINISHED', 1, 1772352070000, 0, 1000000001, 1772352071000, 1772352080000, 'event:gh_legacy#1772352075', 'SEND_SUCCESS', 2, 2, 2, 0);
INSERT INTO campaign_batch (campaign_id, batch_no, client_msg_id, kind, tag_id, recipient_count, openids, state, attempts, next_attempt_at) VALUES ('legacyaaaaaaaaaa', 2, 'legacyaaaaaaaaaa-2', 'OPENIDS', NULL, 1, 'oLegacy0000000000000000000003', 'PLANNED', 0, 0);
INSERT INTO mass_event (dedupe_key, msg_id, received_at, status_text, total_count, filter_count, sent_count, error_count) VALUES ('gh_legacy#1772352075', 1000000001, 1772352080000, 'SEND_SUCCESS', 2, 2, 2, 0);
