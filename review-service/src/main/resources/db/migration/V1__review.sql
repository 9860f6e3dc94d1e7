-- Reviews are the shop's guest book: nothing here is ever deleted by the application. Rejected and withdrawn
-- reviews keep their row; every change of state is written to moderation_event.
CREATE TABLE review (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- Set by staff imports (seeding, migrations from another shop system): re-importing never duplicates.
    external_id        VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NULL,
    sku                VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    rating             TINYINT NOT NULL,
    title              VARCHAR(100) NOT NULL,
    body               TEXT NOT NULL,
    nickname           VARCHAR(40) NOT NULL,
    status             VARCHAR(16) NOT NULL,
    status_reason      VARCHAR(500) NULL,
    -- NONE (no order given), VERIFIED, NOT_VERIFIED, UNAVAILABLE (cart-service could not answer).
    purchase_check     VARCHAR(16) NOT NULL,
    order_number       VARCHAR(64) NULL,
    reply_body         TEXT NULL,
    reply_author       VARCHAR(254) NULL,
    replied_at         DATETIME(6) NULL,
    -- SHA-256 of the secret the shopper got when posting; lets them withdraw without an account.
    withdraw_key_hash  CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    -- Salted SHA-256 of the poster's address (rate limit), never the address itself.
    client_hash        CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    -- SHA-256 of SKU + normalised body (duplicate detection).
    body_hash          CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version            BIGINT NOT NULL DEFAULT 0,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    CONSTRAINT uk_review_external_id UNIQUE (external_id),
    CONSTRAINT uk_review_withdraw_key UNIQUE (withdraw_key_hash),
    CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT ck_review_status CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_review_purchase CHECK (purchase_check IN ('NONE', 'VERIFIED', 'NOT_VERIFIED', 'UNAVAILABLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Public listing and the rating aggregate: approved reviews of one SKU.
CREATE INDEX ix_review_sku_status ON review (sku, status, rating);
CREATE INDEX ix_review_status ON review (status, id);
CREATE INDEX ix_review_client ON review (client_hash, created_at);
CREATE INDEX ix_review_body ON review (body_hash, created_at);

CREATE TABLE moderation_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    review_id    BIGINT NOT NULL,
    action       VARCHAR(24) NOT NULL,
    from_status  VARCHAR(16) NULL,
    to_status    VARCHAR(16) NOT NULL,
    reason       VARCHAR(500) NULL,
    -- The reply text for REPLIED, so replacing a reply never loses the earlier one.
    note         TEXT NULL,
    -- The staff member's e-mail, "shopper" or "import".
    actor        VARCHAR(254) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_moderation_event_review FOREIGN KEY (review_id) REFERENCES review (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_moderation_event_review ON moderation_event (review_id, id);
