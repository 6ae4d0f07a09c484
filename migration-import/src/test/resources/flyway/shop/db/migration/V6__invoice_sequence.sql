CREATE SEQUENCE invoice_number_seq START WITH 1000 INCREMENT BY 1 CACHE 1;

CREATE TABLE invoice (
    number   bigint PRIMARY KEY DEFAULT nextval('invoice_number_seq'),
    order_id bigint NOT NULL REFERENCES orders (id),
    total    numeric(12, 2) NOT NULL
);

ALTER SEQUENCE invoice_number_seq OWNED BY invoice.number;
