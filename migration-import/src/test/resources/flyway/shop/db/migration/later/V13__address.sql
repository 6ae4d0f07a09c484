CREATE TABLE address (
    id          bigserial PRIMARY KEY,
    customer_id bigint NOT NULL,
    country     char(2) NOT NULL REFERENCES country (code),
    line1       varchar(200) NOT NULL,
    CONSTRAINT address_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE ON UPDATE CASCADE
);
