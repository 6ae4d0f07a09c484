ALTER TABLE orders ADD COLUMN updated_at timestamptz;

-- The body holds semicolons and a quote: Flyway's parser keeps it whole.
CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now(); -- set on every change; don't trust the client
    RETURN NEW;
END;
$$;

CREATE TRIGGER orders_touch BEFORE UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
