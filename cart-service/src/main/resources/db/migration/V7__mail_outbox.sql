-- Mails to send, written in the same transaction as the change that causes them (an order, a status change, a
-- sign-up), and sent by a job that retries. event_key names the event once ("order-received:<order id>"): it is
-- unique, so an event is queued once, and it gives the mail its one Message-ID, so a resend is recognisably the
-- same mail.
CREATE TABLE mail_outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    event_key        VARCHAR(120) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind             VARCHAR(40) CHARACTER SET ascii NOT NULL,
    recipient        VARCHAR(254) NOT NULL,
    locale           VARCHAR(5) CHARACTER SET ascii NOT NULL,
    order_id         CHAR(36) CHARACTER SET ascii NULL,
    data             TEXT NULL,
    state            VARCHAR(10) CHARACTER SET ascii NOT NULL DEFAULT 'PENDING',
    attempts         INT NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    lease_until      TIMESTAMP(6) NULL,
    last_error       VARCHAR(500) NULL,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    sent_at          TIMESTAMP(6) NULL,
    CONSTRAINT uk_mail_outbox_event UNIQUE (event_key),
    CONSTRAINT ck_mail_outbox_state CHECK (state IN ('PENDING', 'SENT', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);
