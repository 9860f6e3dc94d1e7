-- Units that can be sold now, per SKU. Never below zero: the CHECK is the last wall behind the conditional UPDATE.
CREATE TABLE stock_item (
    sku         VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
    available   INT NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_stock_item_product FOREIGN KEY (sku) REFERENCES product (sku),
    CONSTRAINT ck_stock_item_available CHECK (available >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Reservations are keyed by the caller's id (cart-service uses the order id), so a retry never books twice.
CREATE TABLE stock_reservation (
    id          VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
    status      VARCHAR(16) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at  TIMESTAMP(6) NOT NULL,
    finished_at TIMESTAMP(6) NULL,
    CONSTRAINT ck_stock_reservation_status CHECK (status IN ('RESERVED', 'COMMITTED', 'RELEASED', 'EXPIRED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_stock_reservation_open ON stock_reservation (status, expires_at);

CREATE TABLE stock_reservation_line (
    reservation_id  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sku             VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    quantity        INT NOT NULL,
    PRIMARY KEY (reservation_id, sku),
    CONSTRAINT fk_stock_reservation_line FOREIGN KEY (reservation_id) REFERENCES stock_reservation (id),
    CONSTRAINT ck_stock_reservation_line_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every change of stock, with why and who: the sum of deltas per SKU is its available quantity.
CREATE TABLE stock_ledger (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku             VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    delta           INT NOT NULL,
    reason          VARCHAR(40) NOT NULL,
    note            VARCHAR(200) NOT NULL DEFAULT '',
    actor           VARCHAR(254) NOT NULL,
    reservation_id  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_stock_ledger_sku ON stock_ledger (sku, id);
