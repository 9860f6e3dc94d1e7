-- Tokens issued (iat, epoch seconds) before this are refused: set on a password change and on disabling.
ALTER TABLE staff_account ADD COLUMN tokens_valid_from BIGINT NOT NULL DEFAULT 0;
