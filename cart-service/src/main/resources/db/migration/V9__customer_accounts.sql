-- Customer accounts (issue 17): a password and a name for the same normalised e-mail as customer.email, which
-- keeps the points. An account counts once its e-mail is verified (verified_at). 退会 deletes the row.
CREATE TABLE customer_account (
    email           VARCHAR(254) PRIMARY KEY,
    password_hash   VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    full_name       VARCHAR(100) NOT NULL,
    full_name_kana  VARCHAR(100) NOT NULL,
    lang            VARCHAR(2) CHARACTER SET ascii NOT NULL DEFAULT 'ja',
    verified_at     TIMESTAMP(6) NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Verification and password-reset links. The raw token goes out once, in the mail (the outbox row); only its
-- SHA-256 is here, so a copy of the database or the shop archive opens no link.
CREATE TABLE account_token (
    token_hash  CHAR(64) CHARACTER SET ascii PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    purpose     VARCHAR(10) CHARACTER SET ascii NOT NULL,
    expires_at  TIMESTAMP(6) NOT NULL,
    used_at     TIMESTAMP(6) NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY', 'RESET'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_account_token_email ON account_token (email, purpose, created_at);

-- Signed-in customers: 32 random bytes handed to the storefront once, kept here only as SHA-256.
CREATE TABLE customer_session (
    token_hash  CHAR(64) CHARACTER SET ascii PRIMARY KEY,
    email       VARCHAR(254) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at  TIMESTAMP(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_customer_session_email ON customer_session (email);

-- Saved delivery addresses, normalised by the same rules as checkout.
CREATE TABLE customer_address (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    label           VARCHAR(40) NULL,
    full_name       VARCHAR(100) NOT NULL,
    full_name_kana  VARCHAR(100) NULL,
    postal_code     VARCHAR(8) CHARACTER SET ascii NOT NULL,
    prefecture      VARCHAR(10) NOT NULL,
    city            VARCHAR(100) NOT NULL,
    street          VARCHAR(200) NOT NULL,
    phone           VARCHAR(20) CHARACTER SET ascii NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_customer_address_email ON customer_address (email, id);

-- Wrong customer passwords, counted per (e-mail, client) and per client as SHA-256 subjects (AttemptLedger).
CREATE TABLE customer_login_failure (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject      CHAR(64) CHARACTER SET ascii NOT NULL,
    attempted_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_customer_login_failure_subject ON customer_login_failure (subject, attempted_at);
CREATE INDEX ix_customer_login_failure_time ON customer_login_failure (attempted_at);

-- The account an order was placed signed in with (it could earn and spend points); null for a guest checkout.
ALTER TABLE customer_order ADD COLUMN account_email VARCHAR(254) NULL;
CREATE INDEX ix_customer_order_account ON customer_order (account_email, created_at);
