package io.tracetrack.migrations.core.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.tracetrack.migrations.ColumnDef;
import io.tracetrack.migrations.ForeignKeyDef;
import io.tracetrack.migrations.IndexDef;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.Operation.AddCheckConstraint;
import io.tracetrack.migrations.core.operation.Operation.AddEnumValue;
import io.tracetrack.migrations.core.operation.Operation.AddForeignKey;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnIdentity;
import io.tracetrack.migrations.core.operation.Operation.CreateEnumType;
import io.tracetrack.migrations.core.operation.Operation.CreateIndex;
import io.tracetrack.migrations.core.operation.Operation.CreateSchema;
import io.tracetrack.migrations.core.operation.Operation.DropEnumType;
import io.tracetrack.migrations.core.operation.Operation.DropEnumValue;
import io.tracetrack.migrations.core.operation.Operation.DropIndex;
import io.tracetrack.migrations.core.operation.Operation.DropSchema;
import io.tracetrack.migrations.core.operation.Operation.RenameColumn;
import io.tracetrack.migrations.core.operation.Operation.RenameConstraint;
import io.tracetrack.migrations.core.operation.Operation.RenameIndex;
import io.tracetrack.migrations.core.operation.Operation.RenameTable;
import io.tracetrack.migrations.core.operation.Operation.SetColumnComment;
import io.tracetrack.migrations.core.operation.Operation.SetTableComment;
import io.tracetrack.migrations.core.operation.Operation.AddColumn;
import io.tracetrack.migrations.core.operation.Operation.AddPrimaryKey;
import io.tracetrack.migrations.core.operation.Operation.AddUniqueConstraint;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnServerDefault;
import io.tracetrack.migrations.core.operation.Operation.AlterColumnType;
import io.tracetrack.migrations.core.operation.Operation.CreateTable;
import io.tracetrack.migrations.core.operation.Operation.DropColumn;
import io.tracetrack.migrations.core.operation.Operation.DropConstraint;
import io.tracetrack.migrations.core.operation.Operation.DropTable;
import io.tracetrack.migrations.core.operation.Operation.ExecuteSql;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Renders a migration class: the guide's header as Javadoc, {@code @Revision}, and {@code
 * upgrade}/{@code downgrade} bodies with one {@link Operations} call per operation. The same input
 * always gives the same source.
 */
public final class MigrationClassWriter {
  private static final ClassName COLUMN_DEF = ClassName.get(ColumnDef.class);
  private static final ClassName INDEX_DEF = ClassName.get(IndexDef.class);
  private static final ClassName FOREIGN_KEY_DEF = ClassName.get(ForeignKeyDef.class);

  private MigrationClassWriter() {}

  /**
   * @param warnings a comment to put above an upgrade operation (identity-keyed), for changes the
   *     reviewer must look at
   * @param emptyHint a comment for an empty body, or null
   */
  public static JavaFile render(String packageName, String className, RevisionHeader header,
      List<Operation> upgrade, List<Operation> downgrade, Map<Operation, String> warnings, String emptyHint) {
    AnnotationSpec.Builder revision = AnnotationSpec.builder(Revision.class).addMember("id", "$S", header.id());
    if (header.revises().size() == 1) {
      revision.addMember("revises", "$S", header.revises().get(0));
    } else if (header.revises().size() > 1) {
      CodeBlock parents = header.revises().stream().map(p -> CodeBlock.of("$S", p)).collect(CodeBlock.joining(", ", "{", "}"));
      revision.addMember("revises", "$L", parents);
    }
    revision.addMember("message", "$S", header.message()).addMember("createDate", "$S", header.createDate());

    TypeSpec type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class)
        .addJavadoc("$L\n\nRevision ID: $L\nRevises: $L\nCreate Date: $L\n",
            javadocSafe(header.message()), header.id(),
            header.revises().isEmpty() ? "<base>" : String.join(", ", header.revises()), header.createDate())
        .addAnnotation(revision.build())
        .addMethod(method("upgrade", upgrade, warnings, emptyHint))
        .addMethod(method("downgrade", downgrade, Map.of(), emptyHint))
        .build();
    JavaFile.Builder file = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ");
    boolean declaresColumns = java.util.stream.Stream.concat(upgrade.stream(), downgrade.stream())
        .anyMatch(o -> o instanceof CreateTable || o instanceof AddColumn);
    if (declaresColumns) {
      file.addStaticImport(COLUMN_DEF, "column");
    }
    boolean declaresIndexes = java.util.stream.Stream.concat(upgrade.stream(), downgrade.stream())
        .anyMatch(o -> o instanceof CreateIndex || o instanceof CreateTable c && !c.definition().indexes().isEmpty());
    if (declaresIndexes) {
      file.addStaticImport(INDEX_DEF, "index");
    }
    boolean declaresForeignKeys = java.util.stream.Stream.concat(upgrade.stream(), downgrade.stream())
        .anyMatch(o -> o instanceof AddForeignKey || o instanceof CreateTable c && !c.definition().foreignKeys().isEmpty());
    if (declaresForeignKeys) {
      file.addStaticImport(FOREIGN_KEY_DEF, "foreignKey");
    }
    return file.build();
  }

  private static MethodSpec method(String name, List<Operation> operations, Map<Operation, String> warnings,
      String emptyHint) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, "op");
    if (operations.isEmpty() && emptyHint != null) {
      method.addComment("$L", emptyHint);
    }
    for (Operation operation : operations) {
      String warning = warnings.get(operation);
      if (warning != null) {
        method.addComment("WARNING: $L", warning);
        advice(operation).forEach(line -> method.addComment("$L", line));
      }
      render(operation).forEach(method::addStatement);
    }
    return method.build();
  }

  /**
   * For a NOT NULL column added without a server default, the two ways the guide advises, as
   * comments the reviewer can turn into code.
   */
  private static List<String> advice(Operation operation) {
    if (!(operation instanceof AddColumn add) || add.column().nullable() || add.column().serverDefault() != null
        || add.column().identity() != null) {
      return List.of();
    }
    Column column = add.column();
    String nullable = column(column.withNullable(true), false).toString();
    return List.of(
        "Either give it a server default for the existing rows:",
        "  op.addColumn(" + CodeBlock.of("$S", add.table()) + ", " + column(column, false) + ".serverDefault(\"...\"));",
        "or add it nullable, fill it, then set NOT NULL:",
        "  op.addColumn(" + CodeBlock.of("$S", add.table()) + ", " + nullable + ");",
        "  op.execute(" + CodeBlock.of("$S", "UPDATE " + io.tracetrack.migrations.core.sql.PostgresSql.table(add.table())
            + " SET " + io.tracetrack.migrations.core.sql.PostgresSql.quote(column.name()) + " = ...") + ");",
        "  op.alterColumnNullable(" + CodeBlock.of("$S, $S", add.table(), column.name()) + ", false);");
  }

  /** The statements for one operation; a table create may take several (its extra constraints). */
  static List<CodeBlock> render(Operation operation) {
    if (operation instanceof CreateTable create) {
      return createTable(create.definition());
    }
    if (operation instanceof DropTable drop) {
      return List.of(CodeBlock.of("op.dropTable($S)", drop.table()));
    }
    if (operation instanceof AddColumn add) {
      CodeBlock column = add.unique() ? CodeBlock.of("$L.unique()", column(add.column(), false)) : column(add.column(), false);
      return List.of(CodeBlock.of("op.addColumn($S, $L)", add.table(), column));
    }
    if (operation instanceof DropColumn drop) {
      return List.of(CodeBlock.of("op.dropColumn($S, $S)", drop.table(), drop.column()));
    }
    if (operation instanceof AlterColumnType alter) {
      if (alter.using() != null) {
        return List.of(CodeBlock.of("op.alterColumnType($S, $S, $S, $S)", alter.table(), alter.column(), alter.newType(),
            alter.using()));
      }
      return List.of(CodeBlock.of("op.alterColumnType($S, $S, $S)", alter.table(), alter.column(), alter.newType()));
    }
    if (operation instanceof AlterColumnNullable alter) {
      return List.of(CodeBlock.of("op.alterColumnNullable($S, $S, $L)", alter.table(), alter.column(), alter.nullable()));
    }
    if (operation instanceof AlterColumnServerDefault alter) {
      return List.of(CodeBlock.of("op.alterColumnServerDefault($S, $S, $S)", alter.table(), alter.column(), alter.expression()));
    }
    if (operation instanceof AddPrimaryKey add) {
      return List.of(CodeBlock.of("op.createPrimaryKey($S, $L)", add.table(), strings(add.columns())));
    }
    if (operation instanceof AddUniqueConstraint add) {
      return List.of(uniqueConstraint(add.table(), add.constraint()));
    }
    if (operation instanceof DropConstraint drop) {
      return List.of(CodeBlock.of("op.dropConstraint($S, $S)", drop.table(), drop.name()));
    }
    if (operation instanceof CreateIndex create) {
      return List.of(CodeBlock.of("op.createIndex($S, $L)", create.table(), index(create.index())));
    }
    if (operation instanceof DropIndex drop) {
      return List.of(CodeBlock.of("op.dropIndex($S, $S)", drop.table(), drop.name()));
    }
    if (operation instanceof AddForeignKey add) {
      return List.of(CodeBlock.of("op.addForeignKey($S, $L)", add.table(), foreignKey(add.foreignKey())));
    }
    if (operation instanceof AddCheckConstraint add) {
      return List.of(check(add.table(), add.check()));
    }
    if (operation instanceof RenameTable rename) {
      return List.of(CodeBlock.of("op.renameTable($S, $S)", rename.table(), rename.newName()));
    }
    if (operation instanceof RenameColumn rename) {
      return List.of(CodeBlock.of("op.renameColumn($S, $S, $S)", rename.table(), rename.column(), rename.newName()));
    }
    if (operation instanceof RenameConstraint rename) {
      return List.of(CodeBlock.of("op.renameConstraint($S, $S, $S)", rename.table(), rename.name(), rename.newName()));
    }
    if (operation instanceof RenameIndex rename) {
      return List.of(CodeBlock.of("op.renameIndex($S, $S, $S)", rename.table(), rename.name(), rename.newName()));
    }
    if (operation instanceof SetTableComment comment) {
      return List.of(CodeBlock.of("op.setTableComment($S, $S)", comment.table(), comment.comment()));
    }
    if (operation instanceof SetColumnComment comment) {
      return List.of(CodeBlock.of("op.setColumnComment($S, $S, $S)", comment.table(), comment.column(), comment.comment()));
    }
    if (operation instanceof AlterColumnIdentity alter) {
      return List.of(CodeBlock.of("op.alterColumnIdentity($S, $S, $S, $S)", alter.table(), alter.column(), alter.identity(),
          alter.previous()));
    }
    if (operation instanceof CreateEnumType create) {
      return List.of(CodeBlock.of("op.createEnumType($S, $L)", create.type().name(), strings(create.type().values())));
    }
    if (operation instanceof DropEnumType drop) {
      return List.of(CodeBlock.of("op.dropEnumType($S)", drop.name()));
    }
    if (operation instanceof AddEnumValue add) {
      return List.of(CodeBlock.of("op.addEnumValue($S, $S, $S)", add.type(), add.value(), add.before()));
    }
    if (operation instanceof DropEnumValue drop) {
      return List.of(CodeBlock.of("op.dropEnumValue($S, $S)", drop.type(), drop.value()));
    }
    if (operation instanceof CreateSchema create) {
      return List.of(CodeBlock.of("op.createSchema($S)", create.name()));
    }
    if (operation instanceof DropSchema drop) {
      return List.of(CodeBlock.of("op.dropSchema($S)", drop.name()));
    }
    if (operation instanceof ExecuteSql execute) {
      return List.of(CodeBlock.of("op.execute($S)", execute.sql()));
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  private static List<CodeBlock> createTable(Table table) {
    List<String> keyInColumnOrder = table.columns().stream()
        .map(Column::name).filter(table.primaryKey()::contains).toList();
    // Marking columns primaryKey() keys them in column order; any other key order needs its own call.
    boolean inlineKey = keyInColumnOrder.equals(table.primaryKey());
    CodeBlock.Builder call = CodeBlock.builder().add("op.createTable($S", table.name());
    List<UniqueConstraint> separate = new ArrayList<>();
    for (Column column : table.columns()) {
      CodeBlock def = column(column, inlineKey && table.primaryKey().contains(column.name()));
      String defaultName = UniqueConstraint.defaultName(table.name(), column.name());
      if (table.uniqueConstraint(defaultName).map(u -> u.columns().equals(List.of(column.name()))).orElse(false)) {
        def = CodeBlock.of("$L.unique()", def);
      }
      call.add(",\n$L", def);
    }
    call.add(")");
    for (UniqueConstraint unique : table.uniqueConstraints()) {
      boolean inline = unique.columns().size() == 1
          && unique.name().equals(UniqueConstraint.defaultName(table.name(), unique.columns().get(0)));
      if (!inline) {
        separate.add(unique);
      }
    }
    List<CodeBlock> statements = new ArrayList<>();
    statements.add(call.build());
    if (!inlineKey) {
      statements.add(CodeBlock.of("op.createPrimaryKey($S, $L)", table.name(), strings(table.primaryKey())));
    }
    separate.forEach(u -> statements.add(uniqueConstraint(table.name(), u)));
    table.checkConstraints().forEach(c -> statements.add(check(table.name(), c)));
    table.indexes().forEach(i -> statements.add(CodeBlock.of("op.createIndex($S, $L)", table.name(), index(i))));
    table.foreignKeys().forEach(k -> statements.add(CodeBlock.of("op.addForeignKey($S, $L)", table.name(), foreignKey(k))));
    if (table.comment() != null) {
      statements.add(CodeBlock.of("op.setTableComment($S, $S)", table.name(), table.comment()));
    }
    return statements;
  }

  private static CodeBlock column(Column column, boolean primaryKey) {
    CodeBlock.Builder def = CodeBlock.builder().add("column($S, $S)", column.name(), column.type());
    if (primaryKey) {
      def.add(".primaryKey()");
    } else if (!column.nullable() && column.identity() == null) {
      def.add(".notNull()");
    }
    if (Column.ALWAYS.equals(column.identity())) {
      def.add(".generatedAlways()");
    } else if (Column.BY_DEFAULT.equals(column.identity())) {
      def.add(".generatedByDefault()");
    }
    if (column.serverDefault() != null) {
      def.add(".serverDefault($S)", column.serverDefault());
    }
    if (column.comment() != null) {
      def.add(".comment($S)", column.comment());
    }
    return def.build();
  }

  private static CodeBlock index(Index index) {
    CodeBlock.Builder def = CodeBlock.builder().add("index($S, $L)", index.name(), strings(index.columnNames()));
    List<String> descending = index.columns().stream().filter(Index.IndexColumn::descending).map(Index.IndexColumn::name).toList();
    if (!descending.isEmpty()) {
      def.add(".descending($L)", strings(descending));
    }
    if (index.unique()) {
      def.add(".unique()");
    }
    if (!index.method().equals(Index.BTREE)) {
      def.add(".using($S)", index.method());
    }
    if (index.where() != null) {
      def.add(".where($S)", index.where());
    }
    return def.build();
  }

  private static CodeBlock foreignKey(ForeignKey key) {
    CodeBlock.Builder def = CodeBlock.builder().add("foreignKey($S, $L).references($S, $L)", key.name(),
        strings(key.columns()), key.referencedTable(), strings(key.referencedColumns()));
    if (!key.onDelete().equals(ForeignKey.NO_ACTION)) {
      def.add(".onDelete($S)", key.onDelete());
    }
    if (!key.onUpdate().equals(ForeignKey.NO_ACTION)) {
      def.add(".onUpdate($S)", key.onUpdate());
    }
    return def.build();
  }

  private static CodeBlock check(String table, CheckConstraint check) {
    return CodeBlock.of("op.addCheckConstraint($S, $S, $S)", table, check.name(), check.expression());
  }

  private static CodeBlock uniqueConstraint(String table, UniqueConstraint unique) {
    return CodeBlock.of("op.addUniqueConstraint($S, $S, $L)", table, unique.name(), strings(unique.columns()));
  }

  private static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }

  /**
   * Keeps a message from closing the Javadoc comment early, and from holding a backslash followed by
   * "u", which javac reads as a unicode escape even in comments (a message naming C:&#92;users fails).
   */
  private static String javadocSafe(String text) {
    return text.replace("*/", "*&#47;").replace("\\u", "&#92;u");
  }
}
