import io.tracetrack.migrations.it.ItDatabase
import liquibase.Scope
import liquibase.command.CommandScope
import liquibase.resource.DirectoryResourceAccessor

// The release before: tracetrack:changelog exports the first two revisions (a build of its own, with
// the plugin this run installed), and Liquibase's own update applies the export.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def export = new ProcessBuilder(mvn, '-B', "-Dmaven.repo.local=${localRepositoryPath}",
        'tracetrack:changelog', '-Dtracetrack.target=base:2b3c4d5e6f70')
    .directory(basedir).redirectErrorStream(true).redirectOutput(new File(basedir, 'export.log')).start()
assert export.waitFor() == 0 : new File(basedir, 'export.log').text
def changelog = new File(basedir, 'target/tracetrack/changelog.xml')
assert changelog.text.contains('author="tracetrack"')

def db = ItDatabase.open(basedir)
try {
    def update = new CommandScope('update')
        .addArgumentValue('url', db.url())
        .addArgumentValue('username', db.user())
        .addArgumentValue('changelogFile', 'changelog.xml')
    def resources = new DirectoryResourceAccessor(changelog.parentFile)
    try {
        Scope.child(Scope.Attr.resourceAccessor, resources, { update.execute() } as Scope.ScopedRunner)
    } finally {
        resources.close()
    }
    assert db.strings('SELECT id FROM databasechangelog ORDER BY orderexecuted') == ['1a2b3c4d5e6f', '2b3c4d5e6f70']
} finally {
    db.close()
}
