import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('Current revision: 3c3c3c3c3c3c (head), Add user status')
assert log.contains('Running downgrade 3c3c3c3c3c3c -> 2b3c4d5e6f70, Add user status')
assert log.count('Running upgrade 2b3c4d5e6f70 -> 3c3c3c3c3c3c, Add user status') == 2

def db = ItDatabase.open(basedir)
try {
    assert db.columnTypes('user')['status'] == 'character varying(20)'
    assert db.versions() == ['3c3c3c3c3c3c']
    assert db.strings('SELECT status FROM "user"') == ['active']
} finally {
    db.close()
}
