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
import java.util.ArrayList;
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

  /**
   * Source characters a method body may hold before it is split into parts. A body of generated
   * calls compiles to well under half its source length in bytecode, so a part stays far from the
   * JVM's 64 KB limit per method, and its strings from the limit on a class's constant pool.
   */
  static final int PART_BUDGET = 40_000;

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
    return render(packageName, className, header, upgrade, downgrade, warnings, emptyHint, transactional,
        annotations, PART_BUDGET);
  }

  /** As above, with bodies over {@code partBudget} source characters split into nested part classes. */
  static JavaFile render(String packageName, String className, RevisionHeader header, List<Operation> upgrade,
      List<Operation> downgrade, Map<Operation, String> warnings, String emptyHint, int partBudget) {
    return render(packageName, className, header, upgrade, downgrade, warnings, emptyHint, true, List.of(), partBudget);
  }

  private static JavaFile render(String packageName, String className, RevisionHeader header,
      List<Operation> upgrade, List<Operation> downgrade, Map<Operation, String> warnings, String emptyHint,
      boolean transactional, List<AnnotationSpec> annotations, int partBudget) {
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

    TypeSpec.Builder migration = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class)
        .addJavadoc("$L\n\nRevision ID: $L\nRevises: $L\nCreate Date: $L\n",
            javadocSafe(header.message()), header.id(),
            header.revises().isEmpty() ? "<base>" : String.join(", ", header.revises()), header.createDate())
        .addAnnotation(revision.build())
        .addAnnotations(annotations);
    List<TypeSpec> parts = new ArrayList<>();
    migration.addMethod(method("upgrade", upgrade, warnings, emptyHint, partBudget, parts));
    migration.addMethod(method("downgrade", downgrade, warnings, emptyHint, partBudget, parts));
    TypeSpec type = migration.addTypes(parts).build();
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

  /**
   * The {@code upgrade} or {@code downgrade} method. A body too large for one method calls its
   * parts in order instead, each a nested class added to {@code parts}: every class file has its
   * own limits, so a revision of any size compiles.
   */
  private static MethodSpec method(String name, List<Operation> operations, Map<Operation, String> warnings,
      String emptyHint, int partBudget, List<TypeSpec> parts) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, "op");
    if (operations.isEmpty() && emptyHint != null) {
      method.addComment("$L", emptyHint);
    }
    List<List<Operation>> chunks = BodyParts.split(operations, MigrationClassWriter::size, partBudget);
    if (chunks.size() == 1) {
      addCalls(method, operations, warnings);
      return method.build();
    }
    method.addComment("In $L parts, each within the JVM's limits on the size of a method and a class", chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      String partName = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Part" + (i + 1);
      MethodSpec.Builder apply = MethodSpec.methodBuilder("apply")
          .addModifiers(Modifier.STATIC)
          .addParameter(Operations.class, "op");
      addCalls(apply, chunks.get(i), warnings);
      parts.add(TypeSpec.classBuilder(partName)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L(), part $L of $L$L.\n", name, i + 1, chunks.size(), BodyParts.tables(chunks.get(i)))
          .addMethod(apply.build())
          .build());
      method.addStatement("$L.apply(op)", partName);
    }
    return method.build();
  }

  /** One call per operation, each after the warning and advice it carries. */
  private static void addCalls(MethodSpec.Builder method, List<Operation> operations, Map<Operation, String> warnings) {
    for (Operation operation : operations) {
      String warning = warnings.get(operation);
      if (warning != null) {
        method.addComment("WARNING: $L", warning);
        advice(operation).forEach(line -> method.addComment("$L", line));
      }
      render(operation).forEach(method::addStatement);
    }
  }

  /** The source length of an operation's calls: what the part budget counts. */
  private static int size(Operation operation) {
    int size = 0;
    for (CodeBlock call : render(operation)) {
      size += call.toString().length();
    }
    return size;
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
  static String javadocSafe(String text) {
    return text.replace("*/", "*&#47;").replace("\\u", "&#92;u");
  }
}
