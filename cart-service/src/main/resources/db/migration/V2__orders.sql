-- The sales history: every row is irreplaceable. Orders are never deleted; a cancellation is a status.
CREATE TABLE customer_order (
    id               CHAR(36) CHARACTER SET ascii PRIMARY KEY,
    order_number     VARCHAR(20) CHARACTER SET ascii NOT NULL,
    idempotency_key  VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_hash     CHAR(64) CHARACTER SET ascii NOT NULL,
    email            VARCHAR(254) NOT NULL,
    full_name        VARCHAR(100) NOT NULL,
    postal_code      CHAR(8) CHARACTER SET ascii NOT NULL,
    prefecture       VARCHAR(10) NOT NULL,
    city             VARCHAR(100) NOT NULL,
    street           VARCHAR(200) NOT NULL,
    phone            VARCHAR(20) CHARACTER SET ascii NOT NULL,
    payment_method   VARCHAR(20) CHARACTER SET ascii NOT NULL,
    status           VARCHAR(16) CHARACTER SET ascii NOT NULL,
    items_total      INT NOT NULL,
    shipping_fee     INT NOT NULL,
    cool_fee         INT NOT NULL,
    total            INT NOT NULL,
    subtotal8        INT NOT NULL,
    tax8             INT NOT NULL,
    subtotal10       INT NOT NULL,
    tax10            INT NOT NULL,
    stock_committed  BOOLEAN NOT NULL DEFAULT FALSE,
    version          BIGINT NOT NULL DEFAULT 0,
    created_at       TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_customer_order_number UNIQUE (order_number),
    CONSTRAINT uk_customer_order_idempotency UNIQUE (idempotency_key),
    CONSTRAINT ck_customer_order_total CHECK (total = subtotal8 + subtotal10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_customer_order_email ON customer_order (email, created_at);

-- What was bought, as it was at that moment: later catalogue changes never rewrite an order.
CREATE TABLE order_line (
    order_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    position    INT NOT NULL,
    sku         VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(200) NOT NULL,
    unit_price  INT NOT NULL,
    tax_rate    TINYINT NOT NULL,
    quantity    INT NOT NULL,
    cool        BOOLEAN NOT NULL,
    PRIMARY KEY (order_id, position),
    CONSTRAINT fk_order_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_order_line_sku ON order_line (sku);

CREATE TABLE order_status_change (
    order_id    CHAR(36) CHARACTER SET ascii NOT NULL,
    position    INT NOT NULL,
    status      VARCHAR(16) CHARACTER SET ascii NOT NULL,
    changed_at  TIMESTAMP(6) NOT NULL,
    actor       VARCHAR(254) NOT NULL,
    PRIMARY KEY (order_id, position),
    CONSTRAINT fk_order_status_change_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
