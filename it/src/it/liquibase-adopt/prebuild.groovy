import io.tracetrack.migrations.it.ItDatabase
import liquibase.Scope
import liquibase.command.CommandScope
import liquibase.resource.DirectoryResourceAccessor

// Liquibase's own update brings the development database to the changelog's end, as the team's
// releases did before they moved to TraceTrack.
def db = ItDatabase.open(basedir)
try {
    def update = new CommandScope('update')
        .addArgumentValue('url', db.url())
        .addArgumentValue('username', db.user())
        .addArgumentValue('changelogFile', 'db/changelog/db.changelog-master.xml')
    def resources = new DirectoryResourceAccessor(new File(basedir, 'src/main/resources'))
    try {
        Scope.child(Scope.Attr.resourceAccessor, resources, { update.execute() } as Scope.ScopedRunner)
    } finally {
        resources.close()
    }
    assert db.strings('SELECT id FROM databasechangelog ORDER BY orderexecuted') == ['1-author', '2-book', '3-shelf']
} finally {
    db.close()
}
