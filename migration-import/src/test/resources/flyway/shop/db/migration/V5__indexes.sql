CREATE INDEX orders_customer_idx ON orders (customer_id, placed_at DESC);
-- Only open orders are searched by note.
CREATE INDEX orders_open_note_idx ON orders (note) WHERE note IS NOT NULL;
CREATE UNIQUE INDEX customer_email_lower_idx ON customer (lower(email));
