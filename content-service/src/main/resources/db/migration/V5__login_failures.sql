-- Wrong passwords of the last minutes, per (account, client address) and per client address, both only as
-- SHA-256 hashes, counted by every replica alike (LoginThrottle). A row older than the window no longer counts
-- and is deleted by later failures.
CREATE TABLE login_failure (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject      CHAR(64) CHARACTER SET ascii NOT NULL,
    attempted_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_login_failure_subject ON login_failure (subject, attempted_at);
CREATE INDEX ix_login_failure_time ON login_failure (attempted_at);
