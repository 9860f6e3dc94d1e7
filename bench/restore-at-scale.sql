-- Bulk shop history for bench/restore-at-scale.sh: products, customers, orders with their lines, status history,
-- checkout claims, points ledger, stock reservations and stock ledger, and reviews with their moderation events,
-- written straight into each service's schema as the services themselves would have written them.
--
-- The caller sets @products, @orders, @customers, @reviews and @order_days first (see the script), and runs this
-- as root with --default-character-set=utf8mb4 into a seeded shop (the demo's 8 categories are used).
--
-- Consistency kept as the services keep it (cart-service's OrderPricing/TaxBreakdown/PointsRules,
-- catalog-service's StockLedger):
--   * prices are tax-included yen; food categories at 8 %, everything else at 10 %; shipping 770 yen below
--     5,500 yen of items, the cool surcharge 330 yen, both taxed at 10 %; tax = floor(subtotal × r / (100 + r))
--     once per rate per order; total = subtotal8 + subtotal10; amount_due = total − points_used;
--   * 1 % of the item total earned as points; an order may spend what the same customer's earlier order earned,
--     so no balance is ever negative; a cancelled order's earned points are taken back (REFUNDED);
--   * every order line took its units from stock under the order's id (reason 'reserved', reservation
--     COMMITTED); each product's 'initial' stock covers its sales, and stock_item.available is the ledger's sum;
--   * order numbers are DZ-yyMMdd-NNNN of the day in Japan, unique while a day has fewer than 9,000 orders.
-- Scratch tables live in the schema bench_gen, written with sql_log_bin = 0 and dropped at the end; every row of
-- the shop itself goes through the binary log like any other write.

SET NAMES utf8mb4;
USE dozo_catalog;
SET time_zone = '+00:00';
SET @o0 = NOW(6) - INTERVAL (@order_days + 2) DAY;
SET @p0 = @o0 - INTERVAL 30 DAY;
SET @span_us = @order_days * 86400000000;

SET sql_log_bin = 0;
DROP DATABASE IF EXISTS bench_gen;
CREATE DATABASE bench_gen CHARACTER SET utf8mb4;
CREATE TABLE bench_gen.cat (k INT PRIMARY KEY, id BIGINT NOT NULL, food BOOLEAN NOT NULL, cool BOOLEAN NOT NULL);
INSERT INTO bench_gen.cat
SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id, slug IN ('organic-food', 'fair-trade', 'fresh'), slug = 'fresh'
FROM dozo_catalog.category WHERE NOT archived;
SET @ncat = (SELECT COUNT(*) FROM bench_gen.cat);
SET sql_log_bin = 1;

-- ---------------------------------------------------------------------------------------------------- products
INSERT INTO dozo_catalog.product (sku, slug, category_id, name_ja, name_en, description_ja, description_en, price_yen,
    tax_rate, cool, recommended, status, version, created_at, updated_at)
SELECT CONCAT('BN-', LPAD(s.seq, 6, '0')), CONCAT('bn-', LPAD(s.seq, 6, '0')), c.id, s.name_ja, s.name_en,
    CONCAT('## ', s.name_ja, '\n\n',
        ELT(1 + s.seq % 6, '毎日の暮らしに寄りそう、やさしい使い心地。', '農薬や化学肥料にたよらず育てた原料だけを使いました。',
            '小さな工房で、ひとつずつ手作業で仕上げています。', '「もったいない」を大切に、くりかえし使えるよう丈夫に作りました。',
            '季節の味を、いちばんおいしい時期にお届けします。', '赤ちゃんの肌にもふれるものだから、素材にこだわりました。'),
        ELT(1 + (s.seq DIV 6) % 5, 'ご家族みんなで安心してお使いいただけます。', '贈りものにも喜ばれています 🎁',
            'お届けまで3〜5日ほどいただきます。', 'はじめての方にはお試しサイズもございます。', '使い終わったら土に還る素材です 🌱'),
        '\n\n- 内容量: ', 50 + s.seq % 20 * 10, 'g\n- 原産地: ',
        ELT(1 + s.seq % 7, '北海道', '岩手県', '静岡県', '京都府', '高知県', '熊本県', '沖縄県'),
        '\n- 保存方法: 直射日光・高温多湿を避けて保存してください。\n\n> お客さまの声:「',
        ELT(1 + s.seq % 4, 'リピートしています！', '香りがとても好きです 😊', '子どもが気に入っています', 'もう手放せません'),
        '」\n\nご注文の前に「よくある質問」もご覧ください。返品・交換は特定商取引法に基づく表記をご確認ください。'),
    CONCAT('## ', s.name_en, '\n\nMade in small batches by people we know. ',
        ELT(1 + s.seq % 3, 'Gentle on skin and on the planet.', 'A favourite gift 🎁', 'Returns to the soil when worn out 🌱'),
        '\n\n- Contents: ', 50 + s.seq % 20 * 10, ' g\n- Keep away from direct sunlight.'),
    280 + (s.seq * 37) % 64 * 55, IF(c.food, 8, 10), c.cool, s.seq % 97 = 0,
    CASE s.seq % 50 WHEN 0 THEN 'DRAFT' WHEN 1 THEN 'ARCHIVED' ELSE 'PUBLISHED' END, s.seq % 4,
    @p0 + INTERVAL (s.seq * 2592000 DIV (@products + 1)) SECOND,
    @p0 + INTERVAL (s.seq * 2592000 DIV (@products + 1)) SECOND + INTERVAL s.seq % 4 DAY
FROM (SELECT seq,
    CONCAT(ELT(1 + seq % 12, '有機', '国産', '手織り', '天然素材の', '無添加', '職人手作り', '季節限定', 'お徳用', '京都の',
            '北海道の', '沖縄の', '昔ながらの'),
        ELT(1 + (seq DIV 12) % 16, '緑茶', '味噌', '布ナプキン', 'ベビー肌着', '蜜蝋ラップ', '玄米', '醤油', '手ぬぐい',
            '竹歯ブラシ', '絵本', 'はちみつ', '豆腐', '柚子ジャム', 'コーヒー豆', '麻のふきん', 'ほうじ茶'),
        '（', ELT(1 + seq % 5, '小', '中', '大', '3個セット', '詰め替え用'), '）', IF(seq % 9 = 0, ' 🌿', ''),
        ' No.', seq) AS name_ja,
    CONCAT(ELT(1 + seq % 12, 'Organic', 'Domestic', 'Hand-woven', 'Natural', 'Additive-free', 'Handmade', 'Seasonal',
            'Value', 'Kyoto', 'Hokkaido', 'Okinawan', 'Traditional'), ' ',
        ELT(1 + (seq DIV 12) % 16, 'green tea', 'miso', 'cloth pad', 'baby underwear', 'beeswax wrap', 'brown rice',
            'soy sauce', 'tenugui', 'bamboo toothbrush', 'picture book', 'honey', 'tofu', 'yuzu jam', 'coffee beans',
            'linen cloth', 'hojicha'), ' No.', seq) AS name_en
    FROM seq_1_to_10000000 WHERE seq <= @products) s
JOIN bench_gen.cat c ON c.k = s.seq % @ncat;

INSERT INTO dozo_catalog.product_tag (product_id, position, tag)
SELECT p.id, t.seq, IF(t.seq = 0,
        ELT(1 + (CAST(SUBSTRING(p.sku, 4) AS INT) DIV 12) % 16, '緑茶', '味噌', '布ナプキン', 'ベビー肌着', '蜜蝋ラップ', '玄米',
            '醤油', '手ぬぐい', '竹歯ブラシ', '絵本', 'はちみつ', '豆腐', '柚子ジャム', 'コーヒー豆', '麻のふきん', 'ほうじ茶'),
        ELT(1 + CAST(SUBSTRING(p.sku, 4) AS INT) % 5, 'ギフト', '送料無料対象', 'オーガニック', 'やさしい素材', 'ロングセラー'))
FROM dozo_catalog.product p JOIN seq_0_to_1 t
WHERE p.sku LIKE 'BN-%';

SET sql_log_bin = 0;
-- Published products, numbered 0.. so order lines can pick them by arithmetic.
CREATE TABLE bench_gen.prod (k INT PRIMARY KEY, id BIGINT NOT NULL, sku VARCHAR(40) NOT NULL, name VARCHAR(200) NOT NULL,
    price INT NOT NULL, rate TINYINT NOT NULL, cool BOOLEAN NOT NULL, created DATETIME(6) NOT NULL);
INSERT INTO bench_gen.prod
SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id, sku, name_ja, price_yen, tax_rate, cool, created_at
FROM dozo_catalog.product WHERE sku LIKE 'BN-%' AND status = 'PUBLISHED';
SET @np = (SELECT COUNT(*) FROM bench_gen.prod);

-- ----------------------------------------------------------------------------------------------- customers
CREATE TABLE bench_gen.cust (c INT PRIMARY KEY, email VARCHAR(254) NOT NULL, name VARCHAR(100) NOT NULL,
    postal CHAR(8) NOT NULL, pref VARCHAR(10) NOT NULL, city VARCHAR(100) NOT NULL, street VARCHAR(200) NOT NULL,
    phone VARCHAR(20) NOT NULL);
INSERT INTO bench_gen.cust
SELECT s.seq,
    CONCAT(ELT(1 + s.seq % 12, 'hanako', 'taro', 'yuki', 'sakura', 'kenji', 'aoi', 'haruto', 'mei', 'sora', 'riko',
        'daiki', 'hina'), '.', s.seq, '@example.jp'),
    CONCAT(ELT(1 + s.seq % 15, '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田',
            '佐々木', '松本', '井上'), ' ',
        ELT(1 + (s.seq DIV 15) % 15, '花子', '太郎', 'ゆき', 'さくら', '健二', '葵', '陽翔', 'めい', '蒼空', '莉子', '大輝',
            'ひな', 'ｱｷﾗ', 'Ｍａｒｉ', '美咲'), IF(s.seq % 97 = 0, ' 🐣', '')),
    CONCAT(LPAD(100 + s.seq % 900, 3, '0'), '-', LPAD(s.seq * 7 % 10000, 4, '0')),
    ELT(1 + s.seq % 47, '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県',
        '千葉県', '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県',
        '三重県', '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県',
        '徳島県', '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県'),
    ELT(1 + s.seq % 10, '渋谷区', '港区', '横浜市中区', '札幌市中央区', '京都市左京区', '福岡市博多区', '那覇市', '仙台市青葉区',
        '金沢市', '松本市'),
    CONCAT(ELT(1 + s.seq % 6, '桜ヶ丘', '緑町', '本町', '旭が丘', '神宮前', '若葉台'), 1 + s.seq % 9, '丁目', 1 + s.seq % 23, '-',
        1 + s.seq % 15,
        IF(s.seq % 4 = 0, CONCAT(' ', ELT(1 + s.seq % 3, 'コーポ青葉', 'ドーゾハイツ', 'メゾン土蔵'), ' ', 100 + s.seq % 400, '号室'), ''),
        IF(s.seq % 50 = 0, ' 🏠', '')),
    CONCAT(ELT(1 + s.seq % 3, '090', '080', '070'), '-', LPAD(s.seq % 10000, 4, '0'), '-', LPAD(s.seq * 13 % 10000, 4, '0'))
FROM seq_1_to_10000000 s WHERE s.seq <= @customers;

-- ----------------------------------------------------------------------------------------- orders (scratch)
-- 1 to 4 lines (40 % one line), distinct published products, 1 to 3 units each.
CREATE TABLE bench_gen.line (n INT NOT NULL, pos INT NOT NULL, k INT NOT NULL, qty INT NOT NULL, PRIMARY KEY (n, pos));
INSERT INTO bench_gen.line
SELECT o.seq, p.seq, ((o.seq * 7919) % @np + p.seq * FLOOR(@np / 4)) % @np, 1 + (o.seq + p.seq) % 3
FROM seq_1_to_10000000 o JOIN seq_0_to_3 p ON p.seq < ELT(1 + o.seq % 10, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4)
WHERE o.seq <= @orders;

-- r = n % 20: 1 cancelled, 2 still placed, 3 one step along, anything else finished (bank transfer: placed →
-- paid → shipped; cash on delivery: placed → shipped → paid).
CREATE TABLE bench_gen.ord (n INT PRIMARY KEY, id CHAR(36), num VARCHAR(20), c INT, at8 INT NOT NULL, at10 INT NOT NULL,
    anycool BOOLEAN NOT NULL, items INT, ship INT, coolfee INT, total INT, earned INT, used INT NOT NULL DEFAULT 0,
    r INT, pay VARCHAR(20), created DATETIME(6), steps INT, fin VARCHAR(16));
INSERT INTO bench_gen.ord (n, at8, at10, anycool)
SELECT l.n, SUM(IF(p.rate = 8, p.price * l.qty, 0)), SUM(IF(p.rate = 10, p.price * l.qty, 0)), MAX(p.cool)
FROM bench_gen.line l JOIN bench_gen.prod p ON p.k = l.k GROUP BY l.n;
UPDATE bench_gen.ord SET items = at8 + at10, id = CONCAT('b3ac0000-0000-4000-8000-', LPAD(n, 12, '0')),
    c = 1 + n % @customers, r = n % 20, pay = IF(n % 3 = 0, 'cash_on_delivery', 'bank_transfer'),
    created = @o0 + INTERVAL FLOOR(n * @span_us / (@orders + 1)) MICROSECOND;
UPDATE bench_gen.ord SET ship = IF(items >= 5500, 0, 770), coolfee = IF(anycool, 330, 0), earned = FLOOR(items / 100),
    steps = CASE r WHEN 1 THEN 2 WHEN 2 THEN 1 WHEN 3 THEN 2 ELSE 3 END,
    num = CONCAT('DZ-', DATE_FORMAT(created + INTERVAL 9 HOUR, '%y%m%d'), '-', 1000 + n % 9000);
UPDATE bench_gen.ord SET total = items + ship + coolfee,
    fin = CASE WHEN steps = 1 THEN 'PLACED' WHEN r = 1 THEN 'CANCELLED'
        WHEN (steps = 2) = (pay = 'bank_transfer') THEN 'PAID' ELSE 'SHIPPED' END;
-- Every tenth order spends what the same customer's previous order earned (never a cancelled one).
UPDATE bench_gen.ord a JOIN bench_gen.ord b ON b.n = a.n - @customers
SET a.used = LEAST(b.earned, a.total) WHERE a.n % 10 = 0 AND b.r <> 1;
SET sql_log_bin = 1;

-- ----------------------------------------------------------------------------------------------- cart-service
INSERT INTO dozo_cart.customer (email, created_at)
SELECT c.email, MIN(o.created) FROM bench_gen.ord o JOIN bench_gen.cust c ON c.c = o.c GROUP BY c.email;

INSERT INTO dozo_cart.customer_order (id, order_number, idempotency_key, request_hash, email, full_name, postal_code,
    prefecture, city, street, phone, payment_method, status, items_total, shipping_fee, cool_fee, total, subtotal8,
    tax8, subtotal10, tax10, stock_state, version, created_at, points_used, points_earned, campaign_code, amount_due)
SELECT o.id, o.num, CONCAT('bench-', o.n), SHA2(CONCAT('bench-order-', o.n), 256), c.email, c.name, c.postal, c.pref,
    c.city, c.street, c.phone, o.pay, o.fin, o.items, o.ship, o.coolfee, o.total, o.at8, FLOOR(o.at8 * 8 / 108),
    o.at10 + o.ship + o.coolfee, FLOOR((o.at10 + o.ship + o.coolfee) * 10 / 110), 'COMMITTED', o.steps - 1, o.created,
    o.used, o.earned, NULL, o.total - o.used
FROM bench_gen.ord o JOIN bench_gen.cust c ON c.c = o.c ORDER BY o.n;

INSERT INTO dozo_cart.order_line (order_id, position, sku, name, unit_price, tax_rate, quantity, cool)
SELECT o.id, l.pos, p.sku, p.name, p.price, p.rate, l.qty, p.cool
FROM bench_gen.line l JOIN bench_gen.ord o ON o.n = l.n JOIN bench_gen.prod p ON p.k = l.k ORDER BY l.n, l.pos;

INSERT INTO dozo_cart.order_status_change (order_id, position, status, changed_at, actor, note)
SELECT x.id, x.pos, x.status, x.created + INTERVAL x.pos DAY + INTERVAL x.pos * 3 HOUR,
    IF(x.pos = 0, c.email, 'owner@dozo.local'),
    CASE WHEN x.status = 'CANCELLED' THEN 'お客様のご都合によりキャンセル 🙇'
        WHEN x.status = 'SHIPPED' THEN CONCAT('ヤマト運輸 伝票番号 ', LPAD(x.n * 7 % 10000, 4, '0'), '-', LPAD(x.n % 10000, 4, '0'))
        WHEN x.status = 'PAID' AND x.pay = 'cash_on_delivery' THEN '代引き入金確認'
        ELSE NULL END
FROM (SELECT o.n, o.id, o.c, o.pay, o.created, s.seq AS pos,
        CASE WHEN s.seq = 0 THEN 'PLACED' WHEN o.r = 1 THEN 'CANCELLED'
            WHEN (s.seq = 1) = (o.pay = 'bank_transfer') THEN 'PAID' ELSE 'SHIPPED' END AS status
    FROM bench_gen.ord o JOIN seq_0_to_2 s ON s.seq < o.steps) x
JOIN bench_gen.cust c ON c.c = x.c
ORDER BY x.n, x.pos;

INSERT INTO dozo_cart.checkout_attempt (idempotency_key, request_hash, order_id, state, created_at, updated_at)
SELECT CONCAT('bench-', o.n), SHA2(CONCAT('bench-order-', o.n), 256), o.id, 'DONE', o.created - INTERVAL 500000 MICROSECOND,
    o.created - INTERVAL 10000 MICROSECOND
FROM bench_gen.ord o ORDER BY o.n;

INSERT INTO dozo_cart.points_ledger (email, delta, reason, order_id, campaign, created_at, note, created_by)
SELECT email, delta, reason, order_id, NULL, at, note, actor FROM (
    SELECT c.email, -o.used AS delta, 'USED' AS reason, o.id AS order_id, o.created + INTERVAL 20000 MICROSECOND AS at,
        NULL AS note, c.email AS actor
    FROM bench_gen.ord o JOIN bench_gen.cust c ON c.c = o.c WHERE o.used > 0
    UNION ALL
    SELECT c.email, o.earned, 'EARNED', o.id, o.created + INTERVAL 30000 MICROSECOND, NULL, c.email
    FROM bench_gen.ord o JOIN bench_gen.cust c ON c.c = o.c WHERE o.earned > 0
    UNION ALL
    SELECT c.email, -o.earned, 'REFUNDED', o.id, o.created + INTERVAL 1 DAY + INTERVAL 3 HOUR,
        'order cancelled: points earned', 'owner@dozo.local'
    FROM bench_gen.ord o JOIN bench_gen.cust c ON c.c = o.c WHERE o.r = 1 AND o.earned > 0
) e ORDER BY at, reason;

-- -------------------------------------------------------------------------------------------- catalog-service
INSERT INTO dozo_catalog.stock_reservation (id, status, created_at, expires_at, finished_at)
SELECT o.id, 'COMMITTED', o.created - INTERVAL 200000 MICROSECOND, o.created + INTERVAL 15 MINUTE - INTERVAL 200000 MICROSECOND,
    o.created + INTERVAL 100000 MICROSECOND
FROM bench_gen.ord o ORDER BY o.n;

INSERT INTO dozo_catalog.stock_reservation_line (reservation_id, sku, quantity)
SELECT o.id, p.sku, l.qty FROM bench_gen.line l JOIN bench_gen.ord o ON o.n = l.n JOIN bench_gen.prod p ON p.k = l.k
ORDER BY l.n, l.pos;

SET sql_log_bin = 0;
CREATE TABLE bench_gen.sold (sku VARCHAR(40) PRIMARY KEY, qty INT NOT NULL);
INSERT INTO bench_gen.sold SELECT p.sku, SUM(l.qty) FROM bench_gen.line l JOIN bench_gen.prod p ON p.k = l.k GROUP BY p.sku;
SET sql_log_bin = 1;

-- The first stock covers every sale and then some; 1 product in 10 got a delivery, 1 in 25 lost one at a stocktake.
INSERT INTO dozo_catalog.stock_ledger (sku, delta, reason, note, actor, reservation_id, created_at)
SELECT sku, delta, reason, note, actor, reservation_id, at FROM (
    SELECT p.sku, COALESCE(s.qty, 0) + 20 + p.id % 80 AS delta, 'initial' AS reason, '' AS note,
        'owner@dozo.local' AS actor, NULL AS reservation_id, p.created_at AS at
    FROM dozo_catalog.product p LEFT JOIN bench_gen.sold s ON s.sku = p.sku WHERE p.sku LIKE 'BN-%'
    UNION ALL
    SELECT p.sku, -l.qty, 'reserved', '', 'reservation', o.id, o.created - INTERVAL 150000 MICROSECOND
    FROM bench_gen.line l JOIN bench_gen.ord o ON o.n = l.n JOIN bench_gen.prod p ON p.k = l.k
    UNION ALL
    SELECT p.sku, 24, 'delivery', '入荷しました 🚚 (24個)', 'owner@dozo.local', NULL, @o0 + INTERVAL (p.id % @order_days) DAY
    FROM dozo_catalog.product p WHERE p.sku LIKE 'BN-%' AND p.id % 10 = 0
    UNION ALL
    SELECT p.sku, -1, 'stocktake', '棚卸し差異（破損1）', 'owner@dozo.local', NULL,
        @o0 + INTERVAL (p.id % @order_days) DAY + INTERVAL 5 HOUR
    FROM dozo_catalog.product p WHERE p.sku LIKE 'BN-%' AND p.id % 25 = 0
) e ORDER BY at;

INSERT INTO dozo_catalog.stock_item (sku, available, updated_at)
SELECT sku, SUM(delta), MAX(created_at) FROM dozo_catalog.stock_ledger WHERE sku LIKE 'BN-%' GROUP BY sku;

-- ---------------------------------------------------------------------------------------------- review-service
INSERT INTO dozo_review.review (external_id, sku, rating, title, body, nickname, status, status_reason, purchase_check,
    order_number, reply_body, reply_author, replied_at, withdraw_key_hash, client_hash, body_hash, version, created_at,
    updated_at)
SELECT NULL, p.sku, ELT(1 + i.seq % 10, 5, 5, 5, 4, 4, 4, 3, 5, 2, 1),
    ELT(1 + i.seq % 8, 'また買います！', 'とても良かった 😊', '期待どおり', '香りが最高', '子どもも大喜び 👶', '少し小さめ',
        'リピート3回目', '梱包がていねいでした'),
    CONCAT(ELT(1 + i.seq % 6, '届いてすぐに使ってみました。', '友人へのプレゼントに選びました 🎁', '前から気になっていた商品です。',
            '毎朝の楽しみになっています☕', '肌ざわりがやさしく、洗濯しても毛玉になりません。', '味がしっかりしていて、家族にも好評です。'),
        '\n', ELT(1 + (i.seq DIV 6) % 5, 'また注文します。', '★5にしなかったのは配送に少し時間がかかったからです。',
            'サイズ感は写真より小さめでした。', '「ありがとう」の手書きメモがうれしかったです 💌', '次は大きいサイズを試したいです。')),
    ELT(1 + i.seq % 9, 'みどり', 'K.S', 'ゆうママ', 'たろう', 'ｻｸﾗ', 'Ｈａｎａ', '北の森', 'ねこ好き🐈', '匿名希望'),
    i.status, IF(i.status = 'REJECTED', '個人情報が含まれていたため', NULL), 'VERIFIED', o.num,
    IF(i.seq % 10 = 0 AND i.status = 'APPROVED', 'ご感想ありがとうございます！またのご利用をお待ちしております 🙏', NULL),
    IF(i.seq % 10 = 0 AND i.status = 'APPROVED', 'owner@dozo.local', NULL),
    IF(i.seq % 10 = 0 AND i.status = 'APPROVED', o.created + INTERVAL 2 DAY, NULL),
    SHA2(CONCAT('withdraw-', i.seq), 256), SHA2(CONCAT('client-', o.c), 256), SHA2(CONCAT(p.sku, '/', i.seq), 256),
    IF(i.status = 'PENDING', 0, 1) + IF(i.seq % 10 = 0 AND i.status = 'APPROVED', 1, 0),
    o.created + INTERVAL 1 DAY, o.created + INTERVAL 2 DAY
FROM (SELECT seq, CASE WHEN seq % 25 = 0 THEN 'PENDING' WHEN seq % 31 = 0 THEN 'REJECTED' ELSE 'APPROVED' END AS status
    FROM seq_1_to_10000000 WHERE seq <= @reviews) i
JOIN bench_gen.ord o ON o.n = 1 + i.seq * 9973 % GREATEST(1, FLOOR(@orders * 0.9))
JOIN bench_gen.line l ON l.n = o.n AND l.pos = 0
JOIN bench_gen.prod p ON p.k = l.k
ORDER BY i.seq;

INSERT INTO dozo_review.moderation_event (review_id, action, from_status, to_status, reason, note, actor, created_at)
SELECT review_id, action, from_status, to_status, reason, note, actor, at FROM (
    SELECT r.id AS review_id, 'SUBMITTED' AS action, NULL AS from_status, 'PENDING' AS to_status, NULL AS reason,
        NULL AS note, 'shopper' AS actor, r.created_at AS at
    FROM dozo_review.review r WHERE r.external_id IS NULL
    UNION ALL
    SELECT r.id, r.status, 'PENDING', r.status, r.status_reason, NULL, 'owner@dozo.local', r.created_at + INTERVAL 3 HOUR
    FROM dozo_review.review r WHERE r.external_id IS NULL AND r.status <> 'PENDING'
    UNION ALL
    SELECT r.id, 'REPLIED', 'APPROVED', 'APPROVED', NULL, r.reply_body, r.reply_author, r.replied_at
    FROM dozo_review.review r WHERE r.external_id IS NULL AND r.reply_body IS NOT NULL
) e ORDER BY at, review_id;

SET sql_log_bin = 0;
DROP DATABASE bench_gen;
SET sql_log_bin = 1;

SELECT 'products' AS what, COUNT(*) AS bench_rows FROM dozo_catalog.product WHERE sku LIKE 'BN-%'
UNION ALL SELECT 'customers', COUNT(*) FROM dozo_cart.customer
UNION ALL SELECT 'orders', COUNT(*) FROM dozo_cart.customer_order
UNION ALL SELECT 'order lines', COUNT(*) FROM dozo_cart.order_line
UNION ALL SELECT 'status changes', COUNT(*) FROM dozo_cart.order_status_change
UNION ALL SELECT 'points ledger', COUNT(*) FROM dozo_cart.points_ledger
UNION ALL SELECT 'stock ledger', COUNT(*) FROM dozo_catalog.stock_ledger
UNION ALL SELECT 'reservation lines', COUNT(*) FROM dozo_catalog.stock_reservation_line
UNION ALL SELECT 'reviews', COUNT(*) FROM dozo_review.review
UNION ALL SELECT 'moderation events', COUNT(*) FROM dozo_review.moderation_event;
