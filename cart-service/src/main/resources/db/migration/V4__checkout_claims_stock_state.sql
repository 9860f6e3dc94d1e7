-- Every order's email is a customer (optional accounts are made by ordering); orders from before V3 get theirs.
INSERT IGNORE INTO customer (email, created_at) SELECT email, MIN(created_at) FROM customer_order GROUP BY email;

ALTER TABLE campaign ADD COLUMN created_by VARCHAR(254) NULL;

-- The running campaign an order got, kept on the order (it was only in the ledger).
ALTER TABLE customer_order
    ADD COLUMN campaign_code  VARCHAR(40) CHARACTER SET ascii NULL AFTER points_earned,
    -- RESERVED (commit pending, a job retries), COMMITTED (sold), RELEASED (cancelled before commit),
    -- REFUSED (catalog-service no longer held it: staff must check the stock by hand).
    ADD COLUMN stock_state    VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT 'RESERVED' AFTER stock_committed;

UPDATE customer_order SET stock_state = IF(stock_committed, 'COMMITTED', 'RESERVED');
UPDATE customer_order o JOIN points_ledger l ON l.order_id = o.id AND l.reason = 'EARNED' SET o.campaign_code = l.campaign;

ALTER TABLE customer_order
    DROP COLUMN stock_committed,
    ADD CONSTRAINT fk_customer_order_customer FOREIGN KEY (email) REFERENCES customer (email),
    -- Points pay part of the total like money; they never change the tax breakdown.
    ADD CONSTRAINT ck_customer_order_points CHECK (points_used BETWEEN 0 AND total AND amount_due = total - points_used);

CREATE INDEX ix_customer_order_created ON customer_order (created_at);
CREATE INDEX ix_customer_order_stock ON customer_order (stock_state);

ALTER TABLE order_status_change ADD COLUMN note VARCHAR(500) NULL;

-- The ledger only ever grows; these make a wrong line impossible to write rather than easy to spot.
ALTER TABLE points_ledger
    ADD COLUMN note        VARCHAR(500) NULL,
    ADD COLUMN created_by  VARCHAR(254) NULL,
    ADD CONSTRAINT fk_points_ledger_customer FOREIGN KEY (email) REFERENCES customer (email),
    ADD CONSTRAINT fk_points_ledger_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    ADD CONSTRAINT ck_points_ledger_sign CHECK ((reason = 'EARNED' AND delta > 0)
        OR (reason IN ('USED', 'EXPIRED') AND delta < 0) OR (reason = 'REFUNDED' AND delta <> 0));

-- One row per Idempotency-Key, claimed before anything else happens: concurrent retries of one key meet here
-- (the primary key), never in catalog-service. PENDING while a checkout runs, DONE in the order's transaction.
-- A failed checkout deletes its row, so the same key can try again.
CREATE TABLE checkout_attempt (
    idempotency_key  VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
    request_hash     CHAR(64) CHARACTER SET ascii NOT NULL,
    order_id         CHAR(36) CHARACTER SET ascii NOT NULL,
    state            VARCHAR(8) CHARACTER SET ascii NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_checkout_attempt_state CHECK (state IN ('PENDING', 'DONE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO checkout_attempt (idempotency_key, request_hash, order_id, state, created_at, updated_at)
    SELECT idempotency_key, request_hash, id, 'DONE', created_at, created_at FROM customer_order;

-- Reservations to hand back that catalog-service could not be told about yet (it was away); a job retries.
CREATE TABLE pending_release (
    reservation_id  CHAR(36) CHARACTER SET ascii PRIMARY KEY,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
