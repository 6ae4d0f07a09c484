import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('Adopting the database: databasechangelog records 2 applied, up to changelog.xml::2b3c4d5e6f70::tracetrack:'
    + ' revision 2b3c4d5e6f70, Seed admin user; its schema matches the migrations at that revision.')
assert log.contains('Stamping base -> 2b3c4d5e6f70 (no migration was run)')
assert log.contains('Running upgrade 2b3c4d5e6f70 -> 3c3c3c3c3c3c, Add user status')
assert !log.contains('-> 1a2b3c4d5e6f,')

def db = ItDatabase.open(basedir)
try {
    assert db.versions() == ['3c3c3c3c3c3c']
    assert db.strings('SELECT id FROM databasechangelog ORDER BY orderexecuted') == ['1a2b3c4d5e6f', '2b3c4d5e6f70']
    // The seed ran once, by Liquibase; the status column came from the upgrade.
    assert db.strings('SELECT username || \':\' || status FROM "user"') == ['admin:active']
} finally {
    db.close()
}
