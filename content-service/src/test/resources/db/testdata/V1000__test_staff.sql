-- The account behind TestTokens.staff(): staff tokens are honoured only for accounts that exist and are active.
INSERT INTO staff_account (email, password_hash, roles) VALUES ('staff@dozo.test', '$2a$12$unusableunusableunusableunusableunusableunusableunusa', 'staff');
