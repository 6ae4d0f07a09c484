CREATE VIEW open_orders AS
    SELECT o.id, o.customer_id, o.placed_at
    FROM orders o
    WHERE o.status <> 'shipped';
