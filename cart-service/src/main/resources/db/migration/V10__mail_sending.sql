-- The outbox job's lease: a replica that takes a due mail writes its own token and lease_until, and only the
-- holder of the token may mark the row sent or failed. A replica that dies mid-send leaves a lease that runs out.
ALTER TABLE mail_outbox ADD COLUMN lease_token CHAR(36) CHARACTER SET ascii NULL AFTER lease_until;
