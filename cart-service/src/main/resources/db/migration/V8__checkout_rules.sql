-- A Japanese checkout: フリガナ, the delivery date and slot, the cash-on-delivery fee, the privacy consent with the
-- policy's version, the bank transfer's deadline, the mail language, and the per-rate figures after points
-- (points shared pro rata over the 8 % and 10 % subtotals, so a receipt's per-rate figures add up to what was paid).
ALTER TABLE customer_order
    ADD COLUMN full_name_kana          VARCHAR(100) NULL,
    ADD COLUMN delivery_date           DATE NULL,
    ADD COLUMN delivery_slot           VARCHAR(5) CHARACTER SET ascii NULL,
    ADD COLUMN cod_fee                 INT NOT NULL DEFAULT 0,
    ADD COLUMN privacy_consent_at      TIMESTAMP(6) NULL,
    ADD COLUMN privacy_policy_version  VARCHAR(40) NULL,
    ADD COLUMN payment_deadline        DATE NULL,
    ADD COLUMN lang                    CHAR(2) CHARACTER SET ascii NOT NULL DEFAULT 'ja',
    ADD COLUMN due_subtotal8           INT NULL,
    ADD COLUMN due_tax8                INT NULL,
    ADD COLUMN due_subtotal10          INT NULL,
    ADD COLUMN due_tax10               INT NULL;

-- Older orders: the same sharing as PointsAllocation (8 % rounded half up, 10 % the rest; tax rounded down).
UPDATE customer_order SET due_subtotal8 = CASE WHEN total = 0 THEN 0
        ELSE FLOOR((2 * subtotal8 * (total - points_used) + total) / (2 * total)) END;
UPDATE customer_order SET due_subtotal10 = total - points_used - due_subtotal8;
UPDATE customer_order SET due_tax8 = FLOOR(due_subtotal8 * 8 / 108), due_tax10 = FLOOR(due_subtotal10 * 10 / 110);

ALTER TABLE customer_order
    MODIFY due_subtotal8 INT NOT NULL,
    MODIFY due_tax8 INT NOT NULL,
    MODIFY due_subtotal10 INT NOT NULL,
    MODIFY due_tax10 INT NOT NULL,
    ADD CONSTRAINT ck_customer_order_due CHECK (amount_due = due_subtotal8 + due_subtotal10),
    ADD CONSTRAINT ck_customer_order_slot CHECK (delivery_slot IN ('am', '14-16', '16-18', '18-20', '19-21')),
    ADD CONSTRAINT ck_customer_order_lang CHECK (lang IN ('ja', 'en'));

-- The unpaid-transfer job looks for placed bank transfers past their deadline.
CREATE INDEX ix_customer_order_deadline ON customer_order (status, payment_deadline);

-- Points are credited when the order is paid (bank transfer) or shipped (cash on delivery), not when placed; until
-- then they are pending. Older orders were credited when placed.
ALTER TABLE customer_order ADD COLUMN points_credited_at TIMESTAMP(6) NULL;
UPDATE customer_order SET points_credited_at = created_at WHERE points_earned > 0;
