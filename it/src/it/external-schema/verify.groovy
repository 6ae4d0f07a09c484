import io.tracetrack.migrations.it.ItDatabase

def migrations = new File(basedir, 'src/main/java/com/example/migrations').listFiles().findAll { it.name.startsWith('M') }
assert migrations.size() == 1
def source = migrations[0].text
assert source.contains('op.createTable("ledger.entry"')
assert !source.contains('createSchema') && !source.contains('dropSchema'), source

def log = new File(basedir, 'build.log').text
assert log.contains('No differences: the entities, the migrations and the database agree')
// At base the last check finds the migration pending, and nothing else: the schema is expected to stay.
assert log.contains('tracetrack:check found 1 difference:')
assert log.contains('Migrations not applied to the database:')
assert !log.contains('(drift)')

def db = ItDatabase.open(basedir)
try {
    assert db.strings("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'ledger'") == ['ledger_dba']
    assert db.strings("SELECT to_regclass('ledger.entry') IS NULL") == ['t']
    assert db.versions() == []
} finally {
    db.close()
}
