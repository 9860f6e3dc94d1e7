-- Two-step sign-in (TOTP, RFC 6238) per staff account: the secret the authenticator app holds, one being set up
-- and not yet confirmed, and the last 30-second step a code was accepted for, so a code works only once.
ALTER TABLE staff_account
    ADD COLUMN totp_secret VARCHAR(64) CHARACTER SET ascii NULL,
    ADD COLUMN totp_pending_secret VARCHAR(64) CHARACTER SET ascii NULL,
    ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
