import io.tracetrack.migrations.it.ItDatabase
import org.flywaydb.core.Flyway
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension

// Flyway's own engine migrates the development database to V3 (and its repeatable view), as the
// team's releases did before they moved to TraceTrack.
def db = ItDatabase.open(basedir)
try {
    def configuration = Flyway.configure()
        .dataSource(db.url(), db.user(), null)
        .locations("filesystem:" + new File(basedir, 'src/main/resources/db/migration').absolutePath)
        .target('3')
    configuration.getConfigurationExtension(PostgreSQLConfigurationExtension).transactionalLock = false
    configuration.load().migrate()
    assert db.strings('SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank') == ['1', '2', '3']
} finally {
    db.close()
}
