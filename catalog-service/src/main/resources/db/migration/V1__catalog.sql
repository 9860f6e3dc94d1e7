CREATE TABLE category (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name_ja     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    parent_id   BIGINT NULL,
    sort_order  INT NOT NULL DEFAULT 0,
    archived    BOOLEAN NOT NULL DEFAULT FALSE,
    version     BIGINT NOT NULL DEFAULT 0,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_category_slug UNIQUE (slug),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_id) REFERENCES category (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE product (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sku             VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    slug            VARCHAR(120) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    category_id     BIGINT NOT NULL,
    name_ja         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    description_ja  TEXT NOT NULL,
    description_en  TEXT NOT NULL,
    price_yen       INT NOT NULL,
    tax_rate        TINYINT NOT NULL,
    cool            BOOLEAN NOT NULL DEFAULT FALSE,
    recommended     BOOLEAN NOT NULL DEFAULT FALSE,
    status          VARCHAR(16) NOT NULL,
    version         BIGINT NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_product_sku UNIQUE (sku),
    CONSTRAINT uk_product_slug UNIQUE (slug),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT ck_product_price CHECK (price_yen >= 0),
    CONSTRAINT ck_product_tax_rate CHECK (tax_rate IN (8, 10)),
    CONSTRAINT ck_product_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_product_category ON product (category_id, status);

CREATE TABLE product_tag (
    product_id  BIGINT NOT NULL,
    position    INT NOT NULL,
    tag         VARCHAR(60) NOT NULL,
    PRIMARY KEY (product_id, position),
    CONSTRAINT fk_product_tag_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE product_image (
    product_id  BIGINT NOT NULL,
    position    INT NOT NULL,
    media_id    VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (product_id, position),
    CONSTRAINT fk_product_image_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
