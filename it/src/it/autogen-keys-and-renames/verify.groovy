import io.tracetrack.migrations.core.db.EmbeddedDatabase
import io.tracetrack.migrations.core.introspect.LiveSchemaComparison
import io.tracetrack.migrations.core.runner.VersionTable
import io.tracetrack.migrations.core.schema.Snapshot

def migrations = new File(basedir, 'src/main/java/com/example/migrations').listFiles().findAll { it.name.startsWith('M') }
assert migrations.size() == 2, "a third migration was written: ${migrations*.name}"
def initial = migrations.find { it.name.endsWith('_InitialKeysAndIndexes.java') }.text
def change = migrations.find { it.name.endsWith('_ChangeKeysAndRename.java') }.text

[
    'op.createEnumType("mood", "SAD", "FINE", "HAPPY");',
    'op.createIndex("account", index("ix_account_lower_email", IndexDef.expression("lower(email)")).unique());',
    'op.createIndex("account", index("ix_account_slug", IndexDef.column("slug").opclass("varchar_pattern_ops")));',
].each { assert initial.contains(it), "initial migration lacks: $it\n$initial" }

// The change renames instead of dropping, and drops and adds what changed, keys first.
[
    'op.renameEnumType("mood", "feeling");',
    'op.renameEnumValue("feeling", "FINE", "OK");',
    'op.createSchema("archive");',
    'op.renameTable("account", "archive.account");',
    'op.renameIndex("archive.account", "ix_account_lower_email", "ux_account_email");',
    'op.renameConstraint("archive.account", "uq_account_tenant_id_slug", "uq_account_slug");',
    'op.renameConstraint("archive.account", "ck_account_slug_set", "ck_account_slug_not_empty");',
    'op.addUniqueConstraintNullsNotDistinct("archive.account", "uq_account_slug", "tenant_id", "slug");',
    'index("ux_account_email", IndexDef.expression("lower(email)")).include("name").unique()',
    'IndexDef.column("slug").opclass("text_pattern_ops")',
    'IndexDef.column("created_at").desc().nullsLast(), IndexDef.expression("(name || \' \' || slug)")',
    'index("ix_account_name", "name").using("hash")',
    '.references("tenant", "id", "region").onUpdate(ForeignKey.Action.CASCADE).matchFull().initiallyDeferred()',
    '.references("archive.account", "id").onDelete(ForeignKey.Action.SET_NULL).deferrable()',
].each { assert change.contains(it), "change migration lacks: $it\n$change" }
assert !change.contains('op.dropTable('), change
assert !change.contains('op.dropEnumType('), change

def log = new File(basedir, 'build.log').text
assert (log =~ /Running downgrade/).size() >= 2
assert log.contains('No changes detected'), 'the last migrate found changes'

// After downgrading to base and upgrading again, the live database is exactly what the entities say.
def snapshot = new File(basedir, 'target/classes/META-INF/tracetrack/schema.json').withInputStream { Snapshot.read(it, 'schema.json') }
def server = EmbeddedDatabase.start(new File(basedir, '.tracetrack/pgdata').toPath())
try {
    def connection = server.settings().connect()
    try {
        def drift = LiveSchemaComparison.compare(connection, snapshot.schema(), [VersionTable.VERSION, VersionTable.HISTORY] as Set)
        assert drift.isEmpty(), "the live database differs from the entities:\n${drift}"
        def rows = connection.createStatement().executeQuery(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'fk_account_tenant_id_tenant_region_tenant'")
        assert rows.next()
        assert rows.getString(1).contains('MATCH FULL') && rows.getString(1).contains('DEFERRABLE INITIALLY DEFERRED')
    } finally {
        connection.close()
    }
} finally {
    server.close()
}
