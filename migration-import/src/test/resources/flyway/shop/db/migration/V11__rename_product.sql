ALTER TABLE product RENAME TO item;
ALTER TABLE order_line RENAME COLUMN product_id TO item_id;
