import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('Running upgrade  -> 1a2b3c4d5e6f, Initial schema')
assert log.contains('Running upgrade 1a2b3c4d5e6f -> 2b3c4d5e6f70, Seed admin user')
assert log.contains('Database: embedded PostgreSQL')

def db = ItDatabase.open(basedir)
try {
    assert db.columns('user').keySet() as List == ['id', 'username', 'email']
    assert db.versions() == ['2b3c4d5e6f70']
    assert db.strings('SELECT username FROM "user"') == ['admin']
    assert db.strings("SELECT revision || ':' || direction FROM tracetrack_history ORDER BY id") ==
            ['1a2b3c4d5e6f:upgrade', '2b3c4d5e6f70:upgrade']
} finally {
    db.close()
}
