import io.tracetrack.migrations.core.db.DatabaseSettings
import io.tracetrack.migrations.core.db.EmbeddedDatabase
import org.hibernate.boot.MetadataSources
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy
import org.hibernate.boot.model.naming.Identifier
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder
import org.hibernate.boot.registry.StandardServiceRegistryBuilder

def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/io/tracetrack/examples/jpa/migrations')
def initial = migrations.listFiles().find { it.name.endsWith('_InitialSchema.java') }
def initialId = (initial.text =~ /Revision ID: ([0-9a-f]{12})/)[0][1]

// 1. The committed migration covers the entities; it applies; check is green.
assert log.contains('No changes detected')
assert log.contains("Running upgrade  -> ${initialId}, Initial schema")
def green = 'No differences: the entities, the migrations and the database agree'
assert log.indexOf(green) >= 0

// 3. After the entity edit, verify failed on check-build, naming both new columns.
def failed = log.indexOf('BUILD FAILURE')
assert failed > log.indexOf(green)
def beforeFailure = log.substring(0, failed)
[
    'column "task"."reviewer_id" (bigint) is in the entities but not in the migrations',
    'column "task"."priority" (smallint) is in the entities but not in the migrations',
    'foreign key "fk_task_reviewer_id_users" on "task" ("reviewer_id") referencing "users" ("id") is in the entities',
].each { assert beforeFailure.contains(it), "check-build did not say: $it" }

// 4. The migration for the change: a column, a relation (its foreign key), and the warning for a
// NOT NULL column without a default.
def change = migrations.listFiles().find { it.name.endsWith('_AddPriorityAndReviewerToTask.java') }
assert change != null
def changeId = (change.text =~ /Revision ID: ([0-9a-f]{12})/)[0][1]
[
    "Revises: ${initialId}",
    'op.addColumn("task", column("reviewer_id", "bigint"));',
    'op.addColumn("task", column("priority", "smallint").notNull());',
    'op.addForeignKey("task", foreignKey("fk_task_reviewer_id_users", "reviewer_id").references("users", "id"));',
    '// WARNING: ',
].each { assert change.text.contains(it), "the change migration lacks: $it\n${change.text}" }

// 5. Upgraded, and green again: check-build in verify, then check with the database.
assert log.contains("Running upgrade ${initialId} -> ${changeId}, Add priority and reviewer to Task")
assert log.lastIndexOf(green) > log.lastIndexOf('BUILD FAILURE')

// The judge: Hibernate creates the schema of the edited entities in a second database of the same
// server, under Spring Boot's naming; the two live schemas, read from pg_catalog, must be the same
// but for the names neither side was given (Hibernate hashes them, we keep readable defaults:
// the README's one deliberate difference).
class SpringBootImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    @Override
    Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        toIdentifier(source.owningPhysicalTableName + '_' + source.associationOwningAttributePath.property,
                source.buildingContext)
    }
}

def defaultName = /(?:(?:fk|uk|idx)[0-9a-z]{20,}|(?:fk|uq|ix)_[0-9a-z_]+|[0-9a-z_]+_key)/
def normalForm = { connection ->
    def lines = []
    def eachRow = { String query, Closure add ->
        def rows = connection.createStatement().executeQuery(query)
        while (rows.next()) {
            add(rows.getString(1))
        }
        rows.close()
    }
    eachRow("""SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
            || ' notnull=' || a.attnotnull || ' default=' || coalesce(pg_get_expr(d.adbin, d.adrelid), '-')
            || ' identity=' || a.attidentity::text AS line
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped""") {
        lines << it
    }
    eachRow("""SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace""") {
        lines << it.replaceFirst(/^(constraint \S+ )${defaultName}( )/, '$1<default name>$2')
    }
    eachRow("""SELECT 'index ' || pg_get_indexdef(indexrelid) AS line FROM pg_index
        WHERE indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)""") {
        lines << it.replaceFirst(/INDEX ${defaultName} ON/, 'INDEX <default name> ON')
    }
    eachRow("""SELECT 'sequence ' || c.relname || ' start=' || s.seqstart || ' increment=' || s.seqincrement AS line
        FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
        WHERE c.relnamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_depend d
            WHERE d.objid = c.oid AND d.deptype IN ('a', 'i'))""") {
        lines << it
    }
    lines.findAll { !it.contains('tracetrack_') }.sort()
}

def server = EmbeddedDatabase.start(new File(basedir, '.tracetrack/pgdata').toPath())
try {
    def admin = server.settings().connect()
    try {
        admin.createStatement().execute('DROP DATABASE IF EXISTS hibernate_judge')
        admin.createStatement().execute('CREATE DATABASE hibernate_judge')
        def ours = normalForm(admin)
        assert ours.any { it.startsWith('task.reviewer_id bigint') }
        assert ours.any { it.startsWith('sequence project_seq start=1 increment=20') }

        def judgeUrl = server.settings().url().replaceFirst('/[^/?]+(\\?|$)', '/hibernate_judge$1')
        def entities = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[],
                getClass().classLoader)
        def registry = new StandardServiceRegistryBuilder(new BootstrapServiceRegistryBuilder().applyClassLoader(entities).build())
                .applySetting('jakarta.persistence.jdbc.url', judgeUrl)
                .applySetting('jakarta.persistence.jdbc.user', server.settings().user())
                .applySetting('jakarta.persistence.schema-generation.database.action', 'create')
                .build()
        try {
            def sources = new MetadataSources(registry)
            ['User', 'Project', 'Task', 'TimeEntry', 'Effort'].each {
                sources.addAnnotatedClass(Class.forName("io.tracetrack.examples.jpa.model.$it", true, entities))
            }
            sources.metadataBuilder
                    .applyPhysicalNamingStrategy(new CamelCaseToUnderscoresNamingStrategy())
                    .applyImplicitNamingStrategy(new SpringBootImplicitNaming())
                    .build().buildSessionFactory().close()
        } finally {
            StandardServiceRegistryBuilder.destroy(registry)
        }
        def judge = new DatabaseSettings(judgeUrl, server.settings().user(), null).connect()
        try {
            def hibernate = normalForm(judge)
            def missing = hibernate - ours
            def extra = ours - hibernate
            assert missing.isEmpty() && extra.isEmpty(),
                    "Hibernate's schema and the migrated one differ:\nonly Hibernate's:\n${missing.join('\n')}\nonly ours:\n${extra.join('\n')}"
        } finally {
            judge.close()
        }
    } finally {
        admin.close()
    }
} finally {
    server.close()
}
