-- When the shop's safety nets last worked: reported by the backup tools, shown to staff.
CREATE TABLE operations_status (
    name        VARCHAR(40) CHARACTER SET ascii PRIMARY KEY,
    happened_at TIMESTAMP(6) NOT NULL,
    detail      VARCHAR(500) NOT NULL DEFAULT '',
    reported_by VARCHAR(254) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
