CREATE TABLE staff_account (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    roles           VARCHAR(100) NOT NULL,
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    version         BIGINT NOT NULL DEFAULT 0,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_staff_account_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Media are immutable: the id is the SHA-256 of the original bytes, which is also the object key in S3.
CREATE TABLE media (
    id              CHAR(64) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
    content_type    VARCHAR(40) CHARACTER SET ascii NOT NULL,
    size_bytes      BIGINT NOT NULL,
    alt_text        VARCHAR(300) NOT NULL DEFAULT '',
    uploaded_by     VARCHAR(254) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
