-- The carrier's tracking number, given by staff when the parcel leaves; shown to the shopper with the order.
ALTER TABLE customer_order ADD COLUMN tracking_number VARCHAR(40) CHARACTER SET ascii NULL;
