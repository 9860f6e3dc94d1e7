-- The staff's side of a day, for bench/restore-at-scale.sh, after the full backup (the shoppers' side is real
-- checkouts through cart-service). Many small transactions, as the services write them, so the binary logs hold
-- a day's worth of ordinary writes. The caller sets @day_status (orders moved along) and @day_products (products
-- repriced and restocked). Written with the same rules as restore-at-scale.sql.

SET NAMES utf8mb4;
SET time_zone = '+00:00';
USE dozo_cart;

-- The procedure itself stays out of the binary log (sql_log_bin = 0); the rows it writes go in like any others.
SET sql_log_bin = 0;
DELIMITER //
CREATE OR REPLACE PROCEDURE dozo_cart.bench_day(IN status_changes INT, IN products INT)
BEGIN
    DECLARE done INT DEFAULT 0;
    -- The keys' own character sets: a utf8mb4 variable against an ascii key turns every UPDATE into a full scan.
    DECLARE v_id CHAR(36) CHARACTER SET ascii;
    DECLARE v_pay VARCHAR(20) CHARACTER SET ascii;
    DECLARE v_status VARCHAR(16) CHARACTER SET ascii;
    DECLARE v_next VARCHAR(16) CHARACTER SET ascii;
    DECLARE v_pos INT;
    DECLARE v_pid BIGINT;
    DECLARE v_sku VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin;
    DECLARE orders CURSOR FOR
        SELECT id, payment_method, status FROM dozo_cart.customer_order
        WHERE status IN ('PLACED', 'PAID') AND id LIKE 'b3ac%' ORDER BY created_at LIMIT status_changes;
    DECLARE items CURSOR FOR
        SELECT id, sku FROM dozo_catalog.product WHERE sku LIKE 'BN-%' AND status = 'PUBLISHED' ORDER BY id DESC
        LIMIT products;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;

    -- Staff move orders along, one transaction each, as OrderStatusService does.
    OPEN orders;
    order_loop: LOOP
        FETCH orders INTO v_id, v_pay, v_status;
        IF done THEN LEAVE order_loop; END IF;
        SET v_next = CASE WHEN v_status = 'PAID' THEN 'SHIPPED' WHEN v_pay = 'bank_transfer' THEN 'PAID' ELSE 'SHIPPED' END;
        START TRANSACTION;
        SELECT COUNT(*) INTO v_pos FROM dozo_cart.order_status_change WHERE order_id = v_id;
        INSERT INTO dozo_cart.order_status_change (order_id, position, status, changed_at, actor, note)
        VALUES (v_id, v_pos, v_next, NOW(6), 'owner@dozo.local',
            IF(v_next = 'SHIPPED', CONCAT('佐川急便 お問い合わせ番号 ', LPAD(FLOOR(RAND() * 1e12), 12, '0'), ' 📦'), NULL));
        UPDATE dozo_cart.customer_order SET status = v_next, version = version + 1 WHERE id = v_id;
        COMMIT;
    END LOOP;
    CLOSE orders;

    -- Prices change by 5 %, rounded to 10 yen, and a delivery arrives: one product per transaction.
    SET done = 0;
    OPEN items;
    item_loop: LOOP
        FETCH items INTO v_pid, v_sku;
        IF done THEN LEAVE item_loop; END IF;
        START TRANSACTION;
        UPDATE dozo_catalog.product SET price_yen = ROUND(price_yen * 1.05, -1), version = version + 1,
            updated_at = NOW(6), description_ja = CONCAT(description_ja, '\n\n※ 価格改定のお知らせ（原材料の値上がりのため）🙇')
        WHERE id = v_pid;
        UPDATE dozo_catalog.stock_item SET available = available + 12 WHERE sku = v_sku;
        INSERT INTO dozo_catalog.stock_ledger (sku, delta, reason, note, actor, reservation_id)
        VALUES (v_sku, 12, 'delivery', '本日入荷 🚚', 'owner@dozo.local', NULL);
        COMMIT;
    END LOOP;
    CLOSE items;
END //
DELIMITER ;
SET sql_log_bin = 1;

CALL dozo_cart.bench_day(@day_status, @day_products);
SET sql_log_bin = 0;
DROP PROCEDURE dozo_cart.bench_day;
SET sql_log_bin = 1;

-- Pending reviews get moderated.
START TRANSACTION;
INSERT INTO dozo_review.moderation_event (review_id, action, from_status, to_status, reason, note, actor, created_at)
SELECT id, 'APPROVED', 'PENDING', 'APPROVED', NULL, NULL, 'owner@dozo.local', NOW(6)
FROM dozo_review.review WHERE status = 'PENDING' AND external_id IS NULL;
UPDATE dozo_review.review SET status = 'APPROVED', version = version + 1, updated_at = NOW(6)
WHERE status = 'PENDING' AND external_id IS NULL;
COMMIT;
