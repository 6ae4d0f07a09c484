CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id),
    total       numeric(10, 2) NOT NULL DEFAULT 0
);

CREATE FUNCTION order_total_positive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.total < 0 THEN RAISE EXCEPTION 'negative total; refused'; END IF;
    RETURN NEW;
END;
$$;
