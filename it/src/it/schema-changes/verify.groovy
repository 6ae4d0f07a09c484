import io.tracetrack.migrations.it.ItDatabase

def generated = new File(basedir, 'src/main/java/com/example/migrations').listFiles()
        .findAll { it.name.endsWith('_AddLastLoginToUserModel.java') }
assert generated.size() == 1
def source = generated[0].text
def id = (source =~ /Revision ID: ([0-9a-f]{12})/)[0][1]
assert source.contains('Add last_login to User model')
assert source.contains('Revises: 1a2b3c4d5e6f')
assert source.contains('Create Date: ')
assert source.contains("@Revision(")
assert source.contains('op.addColumn("user", column("last_login", "timestamp"));')
assert source.contains('op.dropColumn("user", "last_login");')

def log = new File(basedir, 'build.log').text
assert log.contains('No changes detected')
assert log.contains("Running upgrade 1a2b3c4d5e6f -> ${id}, Add last_login to User model")
assert log.contains("Current revision: ${id} (head), Add last_login to User model")
assert log.contains("1a2b3c4d5e6f -> ${id} (head) (current), Add last_login to User model")

def db = ItDatabase.open(basedir)
try {
    assert db.columns('user')['last_login'] == 'timestamp without time zone'
    assert db.versions() == [id]
} finally {
    db.close()
}
