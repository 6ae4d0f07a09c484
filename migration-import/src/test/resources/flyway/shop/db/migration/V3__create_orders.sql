CREATE TABLE orders (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    placed_at   timestamptz NOT NULL DEFAULT now(),
    note        text
);
