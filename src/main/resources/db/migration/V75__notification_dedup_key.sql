-- A notification written for an event carries a key derived from it (event, object, recipient): an event delivered
-- again (resubmitted after a failure or a restart) finds its notification and does not notify twice.
ALTER TABLE ntf_notification ADD COLUMN dedup_key VARCHAR(200);
CREATE UNIQUE INDEX uk_ntf_notification_dedup_key ON ntf_notification (dedup_key);
