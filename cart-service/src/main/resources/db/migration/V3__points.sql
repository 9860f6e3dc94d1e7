-- Optional customer accounts: known by email, created with the first order.
CREATE TABLE customer (
    email       VARCHAR(254) PRIMARY KEY,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE campaign (
    code              VARCHAR(40) CHARACTER SET ascii PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    points_multiplier INT NOT NULL,
    starts_at         TIMESTAMP(6) NOT NULL,
    ends_at           TIMESTAMP(6) NOT NULL,
    created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_campaign_multiplier CHECK (points_multiplier BETWEEN 1 AND 100),
    CONSTRAINT ck_campaign_dates CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Points move only by ledger lines; a customer's balance is the sum of their deltas.
CREATE TABLE points_ledger (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    delta       INT NOT NULL,
    reason      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    order_id    CHAR(36) CHARACTER SET ascii NULL,
    campaign    VARCHAR(40) CHARACTER SET ascii NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_points_reason CHECK (reason IN ('EARNED', 'USED', 'EXPIRED', 'REFUNDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_points_ledger_email ON points_ledger (email, id);

ALTER TABLE customer_order ADD COLUMN points_used INT NOT NULL DEFAULT 0, ADD COLUMN points_earned INT NOT NULL DEFAULT 0,
    ADD COLUMN amount_due INT NOT NULL DEFAULT 0;
UPDATE customer_order SET amount_due = total;
