ALTER TABLE customer RENAME COLUMN email TO email_address;
