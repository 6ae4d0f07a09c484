import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
def classes = new File(basedir, 'src/main/java/com/example/migrations').listFiles()
    .findAll { it.name.endsWith('.java') }.sort { it.name }
assert classes.size() == 4 : classes
assert log.contains('Repeatable migration R__customer_emails.sql is not imported')
assert log.contains('Java migration src/main/java/db/migration/V5__Backfill.java is not imported')
assert log.contains('Imported 4 migrations from src/main/resources/db/migration')
assert classes[1].text.contains('Flyway migration 2 (V2__orders.sql): orders')
// Statements that build tables are typed, so replay and migrate see them; the function stays SQL.
assert log.contains('Typed the Flyway scripts by running them in scratch databases')
assert classes[0].text.contains('op.createTable("customer"')
assert classes[1].text.contains('op.execute("CREATE FUNCTION order_total_positive()')
assert classes[1].text.contains("IF NEW.total < 0 THEN RAISE EXCEPTION 'negative total; refused'; END IF;")
def id = { File f -> (f.text =~ /id = "(\w+)"/)[0][1] }

assert log.contains("Adopting the database: flyway_schema_history records 3 applied, up to 3: revision ${id(classes[2])}")
assert log.contains("Stamping base -> ${id(classes[2])} (no migration was run)")
assert log.contains("Running upgrade ${id(classes[2])} -> ${id(classes[3])}, Flyway migration 4 (V4__order_note.sql)")
assert !log.contains("Running upgrade base")

def db = ItDatabase.open(basedir)
try {
    assert db.versions() == [id(classes[3])]
    assert db.columns('orders').keySet() as List == ['id', 'customer_id', 'total', 'note']
    // Flyway's table is left as Flyway wrote it.
    assert db.strings('SELECT coalesce(version, description) FROM flyway_schema_history ORDER BY installed_rank') == ['1', '2', '3', 'customer emails']
} finally {
    db.close()
}
