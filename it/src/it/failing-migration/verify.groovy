import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('Running upgrade  -> 1a2b3c4d5e6f, Initial schema')
assert log.contains('Upgrade 1a2b3c4d5e6f -> 3c4d5e6f7081 (3c4d5e6f7081, Add audit log) failed and was rolled back')
assert log.contains('Statement: INSERT INTO no_such_table (id) VALUES (1)')
assert log.contains('relation "no_such_table" does not exist')

def db = ItDatabase.open(basedir)
try {
    assert !db.tableExists('audit_log')
    assert db.versions() == ['1a2b3c4d5e6f']
} finally {
    db.close()
}
