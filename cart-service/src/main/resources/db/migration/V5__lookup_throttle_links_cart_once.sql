-- Failed order lookups of the last minutes, counted per client address and per e-mail (both only as SHA-256
-- hashes) by every replica alike. A row older than the window no longer counts and is deleted by the next lookups.
CREATE TABLE lookup_attempt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject      CHAR(64) CHARACTER SET ascii NOT NULL,
    attempted_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_lookup_attempt_subject ON lookup_attempt (subject, attempted_at);
CREATE INDEX ix_lookup_attempt_time ON lookup_attempt (attempted_at);

-- Secret lookup links: the token is handed out once (the thank-you page, later the mail) and kept only as its
-- SHA-256, so a copy of the database or an archive opens no order. An order may have several links.
CREATE TABLE order_link (
    token_hash  CHAR(64) CHARACTER SET ascii PRIMARY KEY,
    order_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_order_link_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One cart becomes at most one order per filling: the order's transaction moves the cart to its next round
-- only if it is still at the round the checkout read, and notes the order. A second checkout of the same round,
-- whatever its Idempotency-Key, finds the round moved on and is refused, naming the first order.
ALTER TABLE cart
    ADD COLUMN checkout_round  INT NOT NULL DEFAULT 0,
    ADD COLUMN last_order_id   CHAR(36) CHARACTER SET ascii NULL;
