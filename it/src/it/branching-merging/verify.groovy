import io.tracetrack.migrations.it.ItDatabase

def merge = new File(basedir, 'src/main/java/com/example/migrations').listFiles()
        .find { it.name.endsWith('_MergeMigrationBranches.java') }
assert merge != null
def source = merge.text
def id = (source =~ /Revision ID: ([0-9a-f]{12})/)[0][1]
assert source.contains('Revises: b0b0b0b0b0b1, c0c0c0c0c0c1')
assert source.contains('revises = {"b0b0b0b0b0b1", "c0c0c0c0c0c1"}')

def log = new File(basedir, 'build.log').text
assert log.contains('b0b0b0b0b0b1 (head), Add project')
assert log.contains('c0c0c0c0c0c1 (head), Add tag')
assert log.contains('1a2b3c4d5e6f (branchpoint), Initial schema')
assert log.contains('Multiple heads: b0b0b0b0b0b1, c0c0c0c0c0c1. Merge them with tracetrack:merge')
assert log.contains("Running upgrade b0b0b0b0b0b1, c0c0c0c0c0c1 -> ${id}, Merge migration branches")
assert log.contains("b0b0b0b0b0b1, c0c0c0c0c0c1 -> ${id} (head) (mergepoint) (current), Merge migration branches")
assert log.contains("Running downgrade ${id} -> b0b0b0b0b0b1, c0c0c0c0c0c1, Merge migration branches")
assert log.contains('Downgrade -1 is ambiguous: the database is at 2 heads (b0b0b0b0b0b1, c0c0c0c0c0c1).'
        + ' Name the head to step back from: -Dtracetrack.target=b0b0b0b0b0b1-1 or -Dtracetrack.target=c0c0c0c0c0c1-1')
assert log.contains('Running downgrade c0c0c0c0c0c1 -> 1a2b3c4d5e6f, Add tag')
// b0-1 took back b0 alone (a downgrade of both would undo c0 first): c0 went only with the target 1a2b
assert log.indexOf('Running downgrade b0b0b0b0b0b1') < log.indexOf('Running downgrade c0c0c0c0c0c1')
assert log.contains('Running downgrade b0b0b0b0b0b1 -> 1a2b3c4d5e6f, Add project')
assert log.contains("Current revision: ${id} (head) (mergepoint), Merge migration branches")
assert log.contains('Upgrade target 1a2b3c4d5e6f, Initial schema is older than the database\'s revision ' + id
        + ': use tracetrack:downgrade')

def db = ItDatabase.open(basedir)
try {
    assert db.tableExists('project') && db.tableExists('tag')
    assert db.versions() == [id]
    def steps = db.strings("SELECT revision || ':' || direction FROM tracetrack_history ORDER BY id")
    assert steps.count { it.endsWith(':downgrade') } == 3
    assert steps.count { it.endsWith(':upgrade') } == 7
} finally {
    db.close()
}
