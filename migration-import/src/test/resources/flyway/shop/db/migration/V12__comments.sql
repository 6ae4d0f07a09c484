COMMENT ON TABLE customer IS 'People and companies who order';
COMMENT ON COLUMN customer.email_address IS 'Where receipts go';
