-- Pages and news posts: the current state in one row, every saved state in an immutable revision row.
-- `revision` on the document is the number of its latest revision; an edit must name it (optimistic locking).
-- Nothing here is ever deleted: a document leaves the shop by being archived.
CREATE TABLE page (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title           VARCHAR(200) NOT NULL,
    title_en        VARCHAR(200) NOT NULL DEFAULT '',
    body            MEDIUMTEXT NOT NULL,
    status          VARCHAR(20) CHARACTER SET ascii NOT NULL,
    published_at    TIMESTAMP(6) NULL,
    revision        INT NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by      VARCHAR(254) NOT NULL,
    CONSTRAINT uk_page_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE page_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    page_id         BIGINT NOT NULL,
    revision        INT NOT NULL,
    action          VARCHAR(20) CHARACTER SET ascii NOT NULL,
    restored_from   INT NULL,
    note            VARCHAR(300) NOT NULL DEFAULT '',
    title           VARCHAR(200) NOT NULL,
    title_en        VARCHAR(200) NOT NULL DEFAULT '',
    body            MEDIUMTEXT NOT NULL,
    status          VARCHAR(20) CHARACTER SET ascii NOT NULL,
    published_at    TIMESTAMP(6) NULL,
    author          VARCHAR(254) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_page_revision UNIQUE (page_id, revision),
    CONSTRAINT fk_page_revision_page FOREIGN KEY (page_id) REFERENCES page (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE news_post (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug            VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title           VARCHAR(200) NOT NULL,
    title_en        VARCHAR(200) NOT NULL DEFAULT '',
    body            MEDIUMTEXT NOT NULL,
    status          VARCHAR(20) CHARACTER SET ascii NOT NULL,
    published_at    TIMESTAMP(6) NULL,
    revision        INT NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by      VARCHAR(254) NOT NULL,
    CONSTRAINT uk_news_post_slug UNIQUE (slug),
    INDEX ix_news_post_listing (status, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE news_revision (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    news_post_id    BIGINT NOT NULL,
    revision        INT NOT NULL,
    action          VARCHAR(20) CHARACTER SET ascii NOT NULL,
    restored_from   INT NULL,
    note            VARCHAR(300) NOT NULL DEFAULT '',
    title           VARCHAR(200) NOT NULL,
    title_en        VARCHAR(200) NOT NULL DEFAULT '',
    body            MEDIUMTEXT NOT NULL,
    status          VARCHAR(20) CHARACTER SET ascii NOT NULL,
    published_at    TIMESTAMP(6) NULL,
    author          VARCHAR(254) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_news_revision UNIQUE (news_post_id, revision),
    CONSTRAINT fk_news_revision_post FOREIGN KEY (news_post_id) REFERENCES news_post (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The one shop's settings: a single row with id 1, created by the first save.
CREATE TABLE shop_settings (
    id                  TINYINT PRIMARY KEY,
    name                VARCHAR(100) NOT NULL,
    name_en             VARCHAR(100) NOT NULL DEFAULT '',
    tagline             VARCHAR(200) NOT NULL DEFAULT '',
    tagline_en          VARCHAR(200) NOT NULL DEFAULT '',
    navigation          TEXT NOT NULL,
    footer              TEXT NOT NULL,
    footer_en           TEXT NOT NULL,
    legal_notice_slug   VARCHAR(100) CHARACTER SET ascii NULL,
    version             BIGINT NOT NULL,
    updated_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by          VARCHAR(254) NOT NULL,
    CONSTRAINT ck_shop_settings_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The stored original's pixel size, for the storefront's <img width height>. Unknown for older rows.
ALTER TABLE media ADD COLUMN width INT NULL, ADD COLUMN height INT NULL;
