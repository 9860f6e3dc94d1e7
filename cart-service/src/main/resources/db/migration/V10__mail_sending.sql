-- The outbox job's lease: a replica that takes a due mail writes its own token and lease_until, and only the
-- holder of the token may mark the row sent or failed. A replica that dies mid-send leaves a lease that runs out.
ALTER TABLE mail_outbox ADD COLUMN lease_token CHAR(36) CHARACTER SET ascii NULL AFTER lease_until;

-- Newsletter subscribers, double opt-in (特定電子メール法): a sign-up is PENDING until its confirmation link is
-- opened. Tokens are kept only as SHA-256: the confirmation token is random; the unsubscribe token is an HMAC of
-- the e-mail, so a newsletter can print it for every subscriber without storing it.
CREATE TABLE newsletter_subscriber (
    email                   VARCHAR(254) PRIMARY KEY,
    state                   VARCHAR(12) CHARACTER SET ascii NOT NULL,
    locale                  VARCHAR(5) CHARACTER SET ascii NOT NULL,
    confirm_token_hash      CHAR(64) CHARACTER SET ascii NULL,
    confirm_expires_at      TIMESTAMP(6) NULL,
    unsubscribe_token_hash  CHAR(64) CHARACTER SET ascii NOT NULL,
    requested_at            TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    confirmed_at            TIMESTAMP(6) NULL,
    unsubscribed_at         TIMESTAMP(6) NULL,
    CONSTRAINT uk_newsletter_confirm UNIQUE (confirm_token_hash),
    CONSTRAINT uk_newsletter_unsubscribe UNIQUE (unsubscribe_token_hash),
    CONSTRAINT ck_newsletter_state CHECK (state IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every consent step with its time and the exact wording the shopper agreed to: the record the law asks for.
CREATE TABLE newsletter_consent (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    event       VARCHAR(12) CHARACTER SET ascii NOT NULL,
    wording     TEXT NULL,
    source      VARCHAR(20) CHARACTER SET ascii NOT NULL,
    at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_newsletter_consent_event CHECK (event IN ('REQUESTED', 'CONFIRMED', 'UNSUBSCRIBED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_newsletter_consent_email ON newsletter_consent (email, at);

-- The contact form's sends per client address (service-support AttemptLedger).
CREATE TABLE contact_attempt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject      CHAR(64) CHARACTER SET ascii NOT NULL,
    attempted_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_contact_attempt_subject ON contact_attempt (subject, attempted_at);
CREATE INDEX ix_contact_attempt_time ON contact_attempt (attempted_at);
