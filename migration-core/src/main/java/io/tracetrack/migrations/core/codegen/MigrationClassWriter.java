package io.tracetrack.migrations.core.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.tracetrack.migrations.ColumnDef;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Operations;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.operation.Operation;
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
import io.tracetrack.migrations.core.schema.Column;
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
      }
      render(operation).forEach(method::addStatement);
    }
    return method.build();
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
    return statements;
  }

  private static CodeBlock column(Column column, boolean primaryKey) {
    CodeBlock.Builder def = CodeBlock.builder().add("column($S, $S)", column.name(), column.type());
    if (primaryKey) {
      def.add(".primaryKey()");
    } else if (!column.nullable()) {
      def.add(".notNull()");
    }
    if (column.serverDefault() != null) {
      def.add(".serverDefault($S)", column.serverDefault());
    }
    return def.build();
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
