CREATE OR REPLACE VIEW customer_emails AS SELECT email FROM customer;
