import io.tracetrack.migrations.it.ItDatabase

def log = new File(basedir, 'build.log').text
def pid = new File(basedir, 'leftover.pid').text.trim()
assert log.contains("[INFO] Stopping the embedded PostgreSQL server (pid ${pid}) that an earlier run left running in")
assert log.contains('Running upgrade 1a2b3c4d5e6f -> 2b3c4d5e6f70, Seed admin user')
assert log.contains('BUILD SUCCESS')
// Nothing but messages from the goal once it has its database (the downloads before, which on first
// use include the embedded database's library, may warn about checksums).
def goal = log.substring(log.indexOf('[INFO] Database: embedded PostgreSQL'))
['NoClassDefFoundError', 'Exception', '\tat ', 'Gave up waiting'].each { assert !goal.contains(it): it }

def db = ItDatabase.open(basedir)
try {
    assert db.versions() == ['2b3c4d5e6f70']
} finally {
    db.close()
}
