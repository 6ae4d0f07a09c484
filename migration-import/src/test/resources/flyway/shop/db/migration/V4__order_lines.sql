CREATE TABLE order_line (
    order_id   bigint NOT NULL,
    line_no    integer NOT NULL,
    product_id bigint NOT NULL,
    quantity   integer NOT NULL DEFAULT 1,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_line_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT order_line_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
);
