-- Customers who place orders.
CREATE TABLE customer (
    id         bigserial PRIMARY KEY,
    email      varchar(200) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
