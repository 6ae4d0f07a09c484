import io.tracetrack.migrations.it.ItDatabase
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def shown = (log =~ /Admin user created with the generated password: (\S+)/).collect { it[1] }
assert shown.size() == 1 : "the password is shown once, when the migration is applied: ${shown}"
assert log.contains('Running upgrade 1a2b3c4d5e6f -> ae1027a6acf1, Create admin user')
// check passes on both later runs: the applied data migration has not "changed".
assert log.count('No differences: the entities, the migrations and the database agree') == 2
assert !log.contains('CHANGED')
assert log.contains('Java data step "Create the admin user" is not in this SQL')

def script = new File(basedir, 'target/tracetrack/upgrade.sql').text
assert script.startsWith('-- WARNING: this script leaves out Java data steps')
assert !script.contains('INSERT INTO "user"')

def db = ItDatabase.open(basedir)
try {
    assert db.versions() == ['ae1027a6acf1']
    def hash = MessageDigest.getInstance('SHA-256').digest(shown[0].getBytes('UTF-8')).encodeHex().toString()
    assert db.strings("SELECT username || ' ' || password_hash FROM \"user\"") == ["admin ${hash}".toString()]
    assert db.strings("SELECT count(*) FROM tracetrack_history WHERE checksum LIKE 'v2:%'") == ['2']
} finally {
    db.close()
}
