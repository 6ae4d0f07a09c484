import io.tracetrack.migrations.it.ItDatabase

def upgradeSql = new File(basedir, 'target/tracetrack/upgrade.sql')
def downgradeSql = new File(basedir, 'target/tracetrack/downgrade.sql')
def log = new File(basedir, 'build.log').text
assert log.contains("Wrote the upgrade SQL script to ${upgradeSql.absolutePath}")
assert log.contains("Wrote the downgrade SQL script to ${downgradeSql.absolutePath}")

def script = upgradeSql.text
assert script.contains('-- Running upgrade 2b3c4d5e6f70 -> 3c3c3c3c3c3c, Add user status')
assert script.count('BEGIN;') == 3 && script.count('COMMIT;') == 3
assert script.contains('ALTER TABLE "user" ADD COLUMN "status" varchar(20) DEFAULT \'active\';')
assert script.contains("INSERT INTO tracetrack_version (version_num) VALUES ('3c3c3c3c3c3c');")

def live = ItDatabase.open(basedir)
def expected
try {
    expected = live.fingerprint()
} finally {
    live.close()
}
assert expected.contains('version 3c3c3c3c3c3c')
assert expected.any { it.startsWith('user.status character varying(20)') }

// The script, run by psql on an empty database, gives what upgrade gave.
def fresh = ItDatabase.fresh(new File(basedir, 'target/psql-db'))
try {
    assert fresh.psql(upgradeSql) == 0
    assert fresh.fingerprint() == expected
    assert fresh.strings('SELECT username FROM "user"') == ['admin']
    // And the downgrade script takes it back to nothing.
    assert fresh.psql(downgradeSql) == 0
    assert !fresh.tableExists('user')
    assert fresh.versions() == []
} finally {
    fresh.close()
}
