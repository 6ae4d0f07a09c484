import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('Stamping 1a2b3c4d5e6f -> 2b3c4d5e6f70 (no migration was run)')
assert log.contains('Current revision: 2b3c4d5e6f70 (head), Seed admin user')
assert log.contains('Stamping 2b3c4d5e6f70 -> 1a2b3c4d5e6f (no migration was run)')
assert log.contains('Running upgrade 1a2b3c4d5e6f -> 2b3c4d5e6f70, Seed admin user')

def db = ItDatabase.open(basedir)
try {
    assert db.versions() == ['2b3c4d5e6f70']
    // The seed ran once: by the last upgrade, not by either stamp.
    assert db.strings('SELECT username FROM "user"') == ['admin']
    assert db.strings("SELECT revision || ':' || direction FROM tracetrack_history ORDER BY id") ==
            ['1a2b3c4d5e6f:upgrade', '2b3c4d5e6f70:stamp', '1a2b3c4d5e6f:stamp', '2b3c4d5e6f70:upgrade']
} finally {
    db.close()
}
