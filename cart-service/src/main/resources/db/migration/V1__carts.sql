-- A cart is found by its token alone: 32 random bytes, URL-safe, never derived from anything guessable.
CREATE TABLE cart (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    token       CHAR(43) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_cart_token UNIQUE (token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE cart_line (
    cart_id     BIGINT NOT NULL,
    sku         VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    quantity    INT NOT NULL,
    added_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (cart_id, sku),
    CONSTRAINT fk_cart_line_cart FOREIGN KEY (cart_id) REFERENCES cart (id),
    CONSTRAINT ck_cart_line_quantity CHECK (quantity BETWEEN 1 AND 999)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
