import io.tracetrack.migrations.it.ItDatabase

def source = new File(basedir, 'src/main/java/com/example/migrations').listFiles()
        .find { it.name.endsWith('_AddLastLoginToUserModel.java') }.text
def id = (source =~ /Revision ID: ([0-9a-f]{12})/)[0][1]

def log = new File(basedir, 'build.log').text
assert log.contains("Running upgrade 1a2b3c4d5e6f -> ${id}, Add last_login to User model")
assert log.contains("Running downgrade ${id} -> 1a2b3c4d5e6f, Add last_login to User model")

def db = ItDatabase.open(basedir)
try {
    // The upgrade added the column (recorded in the history), the downgrade took it away again.
    assert db.strings("SELECT revision || ':' || direction FROM tracetrack_history ORDER BY id") ==
            ['1a2b3c4d5e6f:upgrade', "${id}:upgrade".toString(), "${id}:downgrade".toString()]
    assert !db.columns('user').containsKey('last_login')
    assert db.columns('user').keySet() as List == ['id', 'username', 'email']
    assert db.versions() == ['1a2b3c4d5e6f']
} finally {
    db.close()
}
