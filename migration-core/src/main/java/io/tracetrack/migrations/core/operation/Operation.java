package io.tracetrack.migrations.core.operation;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;

/**
 * One schema change, as a migration recorded it, with everything it means in one place: its effect
 * on the in-memory schema (checked the way PostgreSQL would check it), its PostgreSQL statements,
 * the {@code Operations} call that writes it in a generated migration, and how {@code check} words
 * it. A new kind of operation implements all four or does not compile.
 *
 * <p>Kinds are grouped by the schema element they change: {@link TableOperation}, {@link
 * ColumnOperation}, {@link ColumnOptionOperation}, {@link ConstraintOperation}, {@link IndexOperation}, {@link EnumOperation},
 * {@link NamespaceOperation}, {@link SequenceOperation} and {@link RawOperation}.
 */
public sealed interface Operation
    permits TableOperation, ColumnOperation, ColumnOptionOperation, ConstraintOperation, IndexOperation, EnumOperation,
        NamespaceOperation, SequenceOperation, RawOperation {

  /** The table this operation works on, or null for one that works on no table. */
  String table();

  /**
   * The schema after this operation; a {@link ReplayException} when it could not run on {@code
   * schema} (a missing table, a taken name, a drop that other objects depend on).
   */
  Schema applyTo(Schema schema);

  /** The PostgreSQL statements, without terminating semicolons, that perform it. */
  List<String> statements();

  /** The statements a generated migration writes for it: {@code op.createTable(...)} and so on. */
  List<CodeBlock> java();

  /**
   * How {@code check} words this operation as a difference between two schemas, one line with no
   * SQL: it takes {@code sides.expected()} to {@code sides.actual()}, and {@code inverse} undoes it.
   */
  String difference(Operation inverse, Sides sides);

  /**
   * Whether PostgreSQL accepts its statements inside a transaction: false for an index built or
   * dropped concurrently, which only a revision marked {@code @Revision(transactional = false)} may hold.
   */
  default boolean runsInTransaction() {
    return true;
  }
}
