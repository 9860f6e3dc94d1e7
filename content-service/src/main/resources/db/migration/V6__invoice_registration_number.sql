-- The shop's qualified-invoice registration number (適格請求書発行事業者登録番号, "T" and 13 digits), printed on
-- receipts and delivery notes; null until the owner enters it.
ALTER TABLE shop_settings ADD COLUMN invoice_registration_number CHAR(14) CHARACTER SET ascii NULL;
