import io.tracetrack.migrations.core.db.EmbeddedDatabase
import io.tracetrack.migrations.core.introspect.LiveSchemaComparison
import io.tracetrack.migrations.core.runner.VersionTable
import io.tracetrack.migrations.core.schema.Snapshot

def migrations = new File(basedir, 'src/main/java/com/example/migrations').listFiles().findAll { it.name.startsWith('M') }
assert migrations.size() == 2
def initial = migrations.find { it.name.endsWith('_InitialSchemaWithEveryElement.java') }.text
def change = migrations.find { it.name.endsWith('_ChangeEveryElement.java') }.text

// The first migration declares every kind of element.
[
    'op.createSchema("crm");',
    'op.createEnumType("tier", "FREE", "PRO");',
    'column("id", "bigint").primaryKey().generatedByDefault()',
    'column("created_at", "timestamptz").notNull().serverDefault("now()")',
    'column("id", "uuid").primaryKey().serverDefault("gen_random_uuid()")',
    'column("tags", "text[]")',
    'column("attributes", "jsonb")',
    'column("placed_at", "timestamp(3)")',
    'op.addCheckConstraint("product", "ck_product_status", "\\"status\\" IN (\'DRAFT\', \'LIVE\', \'RETIRED\')");',
    'op.createIndex("product", index("ix_product_tags", "tags").using("gin"));',
    'op.createIndex("orders", index("ix_orders_open", "placed_at").descending("placed_at").where("placed_at IS NOT NULL"));',
    'op.addUniqueConstraint("orders", "uq_orders_customer_id_number", "customer_id", "number");',
    'op.setTableComment("crm.customer", "People who buy");',
    'op.addForeignKey("orders", foreignKey("fk_orders_customer_id_customer", "customer_id").references("crm.customer", "id").onDelete(ForeignKey.Action.CASCADE));',
    'op.addForeignKey("department", foreignKey("fk_department_head_id_employee", "head_id").references("employee", "id"));',
    'op.addForeignKey("employee", foreignKey("fk_employee_department_id_department", "department_id").references("department", "id"));',
    'column("order_id", "bigint").primaryKey()',
].each { assert initial.contains(it), "initial migration lacks: $it\n$initial" }

// The second renames instead of dropping, and flags what needs a look.
[
    'op.renameTable("product", "item");',
    'op.renameIndex("item", "ix_product_tags", "ix_item_tags");',
    'op.renameConstraint("item", "ck_product_positive_price", "ck_item_positive_price");',
    'op.renameConstraint("order_line", "fk_order_line_product_id_product", "fk_order_line_product_id_item");',
    'op.renameColumn("crm.customer", "name", "full_name");',
    'op.addEnumValue("tier", "ENTERPRISE");',
    'op.alterColumnIdentity("crm.customer", "id", Column.Identity.ALWAYS, Column.Identity.BY_DEFAULT);',
    'op.alterColumnType("item", "price", "numeric(14,2)");',
    '// WARNING: Narrows the type of "item"."sku" from varchar(40) to varchar(20)',
    'op.addColumn("item", column("stock", "integer").notNull().serverDefault("0"));',
    'op.createIndex("crm.customer", index("ix_customer_email_full_name", "email", "full_name"));',
    'op.dropIndex("crm.customer", "ix_customer_full_name");',
    'op.addCheckConstraint("orders", "ck_orders_positive_number", "number > 0");',
    'foreignKey("fk_orders_customer_id_customer", "customer_id").references("crm.customer", "id").onDelete(ForeignKey.Action.RESTRICT)',
    'op.setColumnComment("crm.customer", "full_name", "As printed on invoices");',
    'op.setTableComment("department", "Org units");',
].each { assert change.contains(it), "change migration lacks: $it\n$change" }
assert !change.contains('op.dropTable("product")')

def log = new File(basedir, 'build.log').text
assert log.contains('No changes detected') == false
assert (log =~ /Running downgrade/).size() >= 2

// After downgrading to base and upgrading again, the live database is exactly what the entities say.
def snapshot = new File(basedir, 'target/classes/META-INF/tracetrack/schema.json').withInputStream { Snapshot.read(it, 'schema.json') }
def server = EmbeddedDatabase.start(new File(basedir, '.tracetrack/pgdata').toPath())
try {
    def connection = server.settings().connect()
    try {
        def drift = LiveSchemaComparison.compare(connection, snapshot.schema(), [VersionTable.VERSION, VersionTable.HISTORY] as Set)
        assert drift.isEmpty(), "the live database differs from the entities:\n${drift}"
        assert snapshot.schema().tables().keySet().containsAll(['crm.customer', 'item', 'orders', 'order_line', 'employee', 'department'])
    } finally {
        connection.close()
    }
} finally {
    server.close()
}
