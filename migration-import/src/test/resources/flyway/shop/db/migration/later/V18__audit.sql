CREATE TABLE audit_log (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_name text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION audit_change() RETURNS trigger
LANGUAGE plpgsql AS $body$
BEGIN
    INSERT INTO audit_log (table_name) VALUES (TG_TABLE_NAME);
    RETURN NULL;
END;
$body$;

CREATE TRIGGER customer_audit AFTER INSERT OR UPDATE ON customer
    FOR EACH ROW EXECUTE FUNCTION audit_change();
