-- Dead letters (docs/callback-forwarding.md): a message the operator's application has not taken after
-- ForwardSettings' give-up bound (attempts or age) gets forward_state DEAD: kept, no longer retried,
-- listed and requeued by the operator. queued_at is when its current round of deliveries began (NULL:
-- at received_at); a requeue sets it, so the age bound counts from the requeue, not from the push.
ALTER TABLE inbox_message ADD COLUMN queued_at BIGINT;
