-- A committed reservation can be given back whole once (an order cancelled before its parcel left the shop).
ALTER TABLE stock_reservation DROP CONSTRAINT ck_stock_reservation_status;
ALTER TABLE stock_reservation ADD CONSTRAINT ck_stock_reservation_status
    CHECK (status IN ('RESERVED', 'COMMITTED', 'RELEASED', 'EXPIRED', 'RETURNED'));
