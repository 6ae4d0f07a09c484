import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('Running upgrade 2b3c4d5e6f70 -> 3c3c3c3c3c3c, Add user status')
assert log.contains('Running downgrade 3c3c3c3c3c3c -> 2b3c4d5e6f70, Add user status')
assert log.contains('Running downgrade 2b3c4d5e6f70 -> 1a2b3c4d5e6f, Seed admin user')
assert log.contains('Current revision: 1a2b3c4d5e6f, Initial schema')
assert log.contains('Running downgrade 1a2b3c4d5e6f -> , Initial schema')
assert log.contains('Current revision: base (no migration applied)')

def db = ItDatabase.open(basedir)
try {
    assert !db.tableExists('user')
    assert db.versions() == []
    assert db.strings("SELECT revision || ':' || direction FROM tracetrack_history ORDER BY id") == [
            '1a2b3c4d5e6f:upgrade', '2b3c4d5e6f70:upgrade', '3c3c3c3c3c3c:upgrade',
            '3c3c3c3c3c3c:downgrade', '2b3c4d5e6f70:downgrade', '1a2b3c4d5e6f:downgrade']
} finally {
    db.close()
}
