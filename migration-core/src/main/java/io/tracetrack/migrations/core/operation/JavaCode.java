package io.tracetrack.migrations.core.operation;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.ForeignKey;
import io.tracetrack.migrations.IdentityDef;
import io.tracetrack.migrations.core.schema.IdentityOptions;
import io.tracetrack.migrations.core.schema.Index;
import io.tracetrack.migrations.core.schema.UniqueConstraint;
import io.tracetrack.migrations.entity.Column.Identity;
import java.util.List;

/**
 * The pieces of Java that generated migrations share: the column, index and foreign-key builders
 * of the migration API ({@code column("id", "bigint").primaryKey()}) and argument lists.
 */
final class JavaCode {

  private JavaCode() {}

  static CodeBlock column(Column column, boolean primaryKey) {
    CodeBlock.Builder def = CodeBlock.builder().add("column($S, $S)", column.name(), column.type());
    if (primaryKey) {
      def.add(".primaryKey()");
    } else if (!column.nullable() && column.identity() == null) {
      def.add(".notNull()");
    }
    CodeBlock options = column.identityOptions() == null ? CodeBlock.of("") : identityOptions(column.identityOptions());
    if (Column.ALWAYS.equals(column.identity())) {
      def.add(".generatedAlways($L)", options);
    } else if (Column.BY_DEFAULT.equals(column.identity())) {
      def.add(".generatedByDefault($L)", options);
    }
    if (column.generated() != null) {
      def.add(".generatedAs($S)", column.generated());
    }
    if (column.collation() != null) {
      def.add(".collate($S)", column.collation());
    }
    if (column.ownedSequence() != null) {
      def.add(".ownedSequence($S, $S)", column.ownedSequence().name(), column.ownedSequence().type());
    }
    if (column.serverDefault() != null) {
      def.add(".serverDefault($S)", column.serverDefault());
    }
    if (column.comment() != null) {
      def.add(".comment($S)", column.comment());
    }
    return def.build();
  }

  static CodeBlock index(Index index) {
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

  static CodeBlock foreignKey(ForeignKey key) {
    CodeBlock.Builder def = CodeBlock.builder().add("foreignKey($S, $L).references($S, $L)", key.name(),
        strings(key.columns()), key.referencedTable(), strings(key.referencedColumns()));
    if (!key.onDelete().equals(ForeignKey.NO_ACTION)) {
      def.add(".onDelete($L)", action(key.onDelete()));
    }
    if (!key.onUpdate().equals(ForeignKey.NO_ACTION)) {
      def.add(".onUpdate($L)", action(key.onUpdate()));
    }
    return def.build();
  }

  /** A referential action in SQL spelling as the API's constant: {@code ForeignKey.Action.SET_NULL}. */
  private static CodeBlock action(String sql) {
    return CodeBlock.of("$T.$L", io.tracetrack.migrations.entity.ForeignKey.Action.class, sql.replace(' ', '_'));
  }

  /** An identity kind of the model ({@link Column#ALWAYS}, ..., null) as the API's constant: {@code Column.Identity.NONE}. */
  static CodeBlock identity(String identity) {
    Identity kind = identity == null ? Identity.NONE : Column.ALWAYS.equals(identity) ? Identity.ALWAYS : Identity.BY_DEFAULT;
    return CodeBlock.of("$T.$L", Identity.class, kind.name());
  }

  /** Identity options as the API's builder: {@code IdentityDef.identity().startWith(100L)}; null is all defaults. */
  static CodeBlock identityOptions(IdentityOptions options) {
    CodeBlock.Builder def = CodeBlock.builder().add("$T.identity()", IdentityDef.class);
    if (options == null) {
      return def.build();
    }
    if (options.start() != null) {
      def.add(".startWith($LL)", options.start());
    }
    if (options.increment() != null) {
      def.add(".incrementBy($LL)", options.increment());
    }
    if (options.minValue() != null) {
      def.add(".minValue($LL)", options.minValue());
    }
    if (options.maxValue() != null) {
      def.add(".maxValue($LL)", options.maxValue());
    }
    if (options.cache() != null) {
      def.add(".cache($LL)", options.cache());
    }
    if (options.cycle() != null) {
      def.add(".cycle()");
    }
    return def.build();
  }

  static CodeBlock check(String table, CheckConstraint check) {
    return CodeBlock.of("op.addCheckConstraint($S, $S, $S)", table, check.name(), check.expression());
  }

  static CodeBlock uniqueConstraint(String table, UniqueConstraint unique) {
    return CodeBlock.of("op.addUniqueConstraint($S, $S, $L)", table, unique.name(), strings(unique.columns()));
  }

  static CodeBlock strings(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
  }

  /** One statement, for operations that write a single call. */
  static List<CodeBlock> call(String format, Object... arguments) {
    return List.of(CodeBlock.of(format, arguments));
  }
}
