import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
// 1: a fresh database is behind the migrations.
assert log.contains('Migrations not applied to the database:')
assert log.contains('revision 1a2b3c4d5e6f, Initial schema (com.example.migrations.M20251025103000_InitialSchema) is not applied')
assert log.contains('Fix: mvn tracetrack:upgrade')
// 2: after the upgrade, all agree; repair finds nothing changed.
assert log.contains('Running upgrade  -> 1a2b3c4d5e6f, Initial schema')
assert log.contains('No differences: the entities, the migrations and the database agree')
assert log.contains('Nothing to repair: every applied migration matches its recorded checksum')
// 3: the server id names what is missing.
assert log.contains('tracetrack.serverId=no-such-server: settings.xml has no <server> with <id>no-such-server</id>')

def db = ItDatabase.open(basedir)
try {
    assert db.versions() == ['1a2b3c4d5e6f']
    assert db.strings("SELECT applied_by || ' ' || (applied_from IS NOT NULL) || ' ' || (duration_ms >= 0) FROM tracetrack_history") ==
            ['postgres true true']
} finally {
    db.close()
}
