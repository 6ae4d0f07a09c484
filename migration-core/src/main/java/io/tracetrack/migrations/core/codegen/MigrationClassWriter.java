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
import io.tracetrack.migrations.core.operation.ColumnOperation.AddColumn;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Column;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Renders a migration class: the guide's header as Javadoc, {@code @Revision}, and {@code
 * upgrade}/{@code downgrade} bodies with one {@link Operations} call per operation. The same input
 * always gives the same source.
 */
public final class MigrationClassWriter {
  private static final Map<String, ClassName> BUILDERS = Map.of(
      "column", ClassName.get(ColumnDef.class),
      "index", ClassName.get(IndexDef.class),
      "foreignKey", ClassName.get(ForeignKeyDef.class));

  private MigrationClassWriter() {}

  /**
   * @param warnings a comment to put above an operation of either method (identity-keyed), for
   *     changes the reviewer must look at
   * @param emptyHint a comment for an empty body, or null
   */
  public static JavaFile render(String packageName, String className, RevisionHeader header,
      List<Operation> upgrade, List<Operation> downgrade, Map<Operation, String> warnings, String emptyHint) {
    return render(packageName, className, header, upgrade, downgrade, warnings, emptyHint, true, List.of());
  }

  /**
   * As above, for a revision that must run outside a transaction ({@code transactional} false), or
   * that carries more annotations after {@code @Revision} (an imported one's source, say).
   */
  public static JavaFile render(String packageName, String className, RevisionHeader header,
      List<Operation> upgrade, List<Operation> downgrade, Map<Operation, String> warnings, String emptyHint,
      boolean transactional, List<AnnotationSpec> annotations) {
    AnnotationSpec.Builder revision = AnnotationSpec.builder(Revision.class).addMember("id", "$S", header.id());
    if (header.revises().size() == 1) {
      revision.addMember("revises", "$S", header.revises().get(0));
    } else if (header.revises().size() > 1) {
      CodeBlock parents = header.revises().stream().map(p -> CodeBlock.of("$S", p)).collect(CodeBlock.joining(", ", "{", "}"));
      revision.addMember("revises", "$L", parents);
    }
    revision.addMember("message", "$S", header.message()).addMember("createDate", "$S", header.createDate());
    if (!transactional) {
      revision.addMember("transactional", "false");
    }

    TypeSpec type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class)
        .addJavadoc("$L\n\nRevision ID: $L\nRevises: $L\nCreate Date: $L\n",
            javadocSafe(header.message()), header.id(),
            header.revises().isEmpty() ? "<base>" : String.join(", ", header.revises()), header.createDate())
        .addAnnotation(revision.build())
        .addAnnotations(annotations)
        .addMethod(method("upgrade", upgrade, warnings, emptyHint))
        .addMethod(method("downgrade", downgrade, warnings, emptyHint))
        .build();
    JavaFile.Builder file = JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("    ");
    // The API's builders are imported statically where the bodies call them.
    String code = type.toString();
    for (Map.Entry<String, ClassName> builder : BUILDERS.entrySet()) {
      if (Pattern.compile("(?<![\\w.\"])" + builder.getKey() + "\\(").matcher(code).find()) {
        file.addStaticImport(builder.getValue(), builder.getKey());
      }
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
    String withDefault = new AddColumn(add.table(), column.withServerDefault("..."), add.unique()).java().get(0).toString();
    String nullable = new AddColumn(add.table(), column.withNullable(true), add.unique()).java().get(0).toString();
    return List.of(
        "Either give it a server default for the existing rows:",
        "  " + withDefault + ";",
        "or add it nullable, fill it, then set NOT NULL:",
        "  " + nullable + ";",
        "  op.execute(" + CodeBlock.of("$S", "UPDATE " + io.tracetrack.migrations.core.sql.PostgresSql.table(add.table())
            + " SET " + io.tracetrack.migrations.core.sql.PostgresSql.quote(column.name()) + " = ...") + ");",
        "  op.alterColumnNullable(" + CodeBlock.of("$S, $S", add.table(), column.name()) + ", false);");
  }

  /** The statements for one operation; a table create may take several (its extra constraints). */
  static List<CodeBlock> render(Operation operation) {
    return operation.java();
  }

  /**
   * Keeps a message from closing the Javadoc comment early, and from holding a backslash followed by
   * "u", which javac reads as a unicode escape even in comments (a message naming C:&#92;users fails).
   */
  private static String javadocSafe(String text) {
    return text.replace("*/", "*&#47;").replace("\\u", "&#92;u");
  }
}
