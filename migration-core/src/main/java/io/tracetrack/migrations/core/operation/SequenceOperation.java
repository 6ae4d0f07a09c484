package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.operation.SchemaChecks.requireFreeRelationName;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireSchema;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.SequenceDef;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Operations on standalone sequences, and all the engine knows of sequences besides their model
 * ({@link Sequence}): the {@code Operations} calls that record them ({@link Calls}), and how
 * autogenerate and the live reader handle them ({@link #GROUP}).
 */
public sealed interface SequenceOperation extends Operation {

  /** Sequences for autogenerate and the live reader. */
  ElementGroup<Sequence> GROUP = new ElementGroup<>(Sequence.KIND, CreateSequence::new,
      (before, after) -> new AlterSequence(after), s -> new DropSequence(s.name()),
      s -> "Drops sequence \"" + s.name() + "\": recreated, it starts again at " + s.start(),
      new ElementGroup.CatalogQuery<>(SequenceOperation::catalogQuery, SequenceOperation::fromCatalog));

  @Override
  default String table() {
    return null;
  }

  /** The {@code Operations} calls on sequences, for {@link RecordingOperations}. */
  interface Calls extends ElementGroups.Recorder {
    @Override
    default void createSequence(SequenceDef sequence) {
      add(new CreateSequence(toSequence(sequence)));
    }

    @Override
    default void alterSequence(SequenceDef sequence) {
      add(new AlterSequence(toSequence(sequence)));
    }

    @Override
    default void dropSequence(String name) {
      add(new DropSequence(RecordingOperations.requireName(name, "sequence")));
    }

    private static Sequence toSequence(SequenceDef def) {
      Objects.requireNonNull(def, "sequence == null");
      try {
        return new Sequence(RecordingOperations.requireName(def.name(), "sequence"), def.type(), def.start(),
            def.increment(), def.minValue(), def.maxValue(), def.cache(), def.isCycle());
      } catch (IllegalArgumentException e) {
        throw new MigrationException(e.getMessage(), e);
      }
    }
  }

  /** Creates a sequence. */
  record CreateSequence(Sequence sequence) implements SequenceOperation {
    @Override
    public Schema applyTo(Schema schema) {
      requireSchema(schema, sequence.name(), "createSequence");
      requireFreeRelationName(schema, sequence.name(), Table.localName(sequence.name()), "createSequence");
      return schema.withSequence(sequence);
    }

    @Override
    public List<String> statements() {
      return List.of("CREATE SEQUENCE " + PostgresSql.table(sequence.name()) + options(sequence));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.createSequence($L)", definition(sequence));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("sequence " + Sides.q(sequence.name()));
    }
  }

  /** Changes a sequence to a new definition of the same name. */
  record AlterSequence(Sequence sequence) implements SequenceOperation {
    @Override
    public Schema applyTo(Schema schema) {
      existing(schema, sequence.name(), "alterSequence");
      return schema.withSequence(sequence);
    }

    /**
     * With bounds, the sequence's current value is first brought inside them (PostgreSQL refuses
     * bounds that exclude it): the old bounds are lifted, the value clamped, then the definition set.
     */
    @Override
    public List<String> statements() {
      String name = PostgresSql.table(sequence.name());
      List<String> statements = new ArrayList<>();
      if (sequence.minValue() != null || sequence.maxValue() != null) {
        String value = "last_value";
        if (sequence.minValue() != null) {
          value = "greatest(" + value + ", " + sequence.minValue() + ")";
        }
        if (sequence.maxValue() != null) {
          value = "least(" + value + ", " + sequence.maxValue() + ")";
        }
        statements.add("ALTER SEQUENCE " + name + " NO MINVALUE NO MAXVALUE");
        statements.add("SELECT setval(" + PostgresSql.literal(name) + ", " + value + ", is_called) FROM " + name);
      }
      statements.add("ALTER SEQUENCE " + name + options(sequence));
      return statements;
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.alterSequence($L)", definition(sequence));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      String before = inverse instanceof AlterSequence old ? described(old.sequence()) : "defined otherwise";
      return sides.differs("sequence " + Sides.q(sequence.name()), "is", described(sequence), before);
    }
  }

  /** Drops a sequence. */
  record DropSequence(String name) implements SequenceOperation {
    @Override
    public Schema applyTo(Schema schema) {
      existing(schema, name, "dropSequence");
      return schema.withoutSequence(name);
    }

    @Override
    public List<String> statements() {
      return List.of("DROP SEQUENCE " + PostgresSql.table(name));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.dropSequence($S)", name);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyExpected("sequence " + Sides.q(name));
    }
  }

  private static void existing(Schema schema, String name, String operation) {
    if (schema.sequence(name).isEmpty()) {
      throw new ReplayException(operation + ": sequence \"" + name + "\" does not exist");
    }
  }

  /** Every option spelled out, so CREATE and ALTER state the whole definition. */
  private static String options(Sequence s) {
    return " AS " + s.type() + " INCREMENT BY " + s.increment()
        + (s.minValue() == null ? " NO MINVALUE" : " MINVALUE " + s.minValue())
        + (s.maxValue() == null ? " NO MAXVALUE" : " MAXVALUE " + s.maxValue())
        + " START WITH " + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE");
  }

  /** {@code sequence("name").as("integer").startWith(100)...}, with only what differs from the defaults. */
  private static CodeBlock definition(Sequence s) {
    CodeBlock.Builder def = CodeBlock.builder().add("$T.sequence($S)", io.tracetrack.migrations.SequenceDef.class, s.name());
    Sequence defaults = Sequence.named(s.name());
    if (!s.type().equals(defaults.type())) {
      def.add(".as($S)", s.type());
    }
    if (s.start() != defaults.start()) {
      def.add(".startWith($L)", s.start() + "L");
    }
    if (s.increment() != defaults.increment()) {
      def.add(".incrementBy($L)", s.increment() + "L");
    }
    if (s.minValue() != null) {
      def.add(".minValue($L)", s.minValue() + "L");
    }
    if (s.maxValue() != null) {
      def.add(".maxValue($L)", s.maxValue() + "L");
    }
    if (s.cache() != defaults.cache()) {
      def.add(".cache($L)", s.cache() + "L");
    }
    if (s.cycle()) {
      def.add(".cycle()");
    }
    return def.build();
  }

  /** How {@code check} words a definition: "bigint from 1 by 1, cache 1". */
  private static String described(Sequence s) {
    return s.type() + " from " + s.start() + " by " + s.increment()
        + (s.minValue() == null ? "" : ", min " + s.minValue()) + (s.maxValue() == null ? "" : ", max " + s.maxValue())
        + ", cache " + s.cache() + (s.cycle() ? ", cycling" : "");
  }

  /** Standalone sequences: not the ones behind identity or serial columns, which belong to their column. */
  private static String catalogQuery(String namespaceFilter) {
    return "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,"
        + " s.seqmin, s.seqmax, s.seqcache, s.seqcycle FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + namespaceFilter + " AND NOT EXISTS (SELECT 1"
        + " FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i'))"
        + " ORDER BY n.nspname, c.relname";
  }

  private static Sequence fromCatalog(Object[] row) {
    String type = (String) row[2];
    long increment = (Long) row[4];
    long min = (Long) row[5];
    long max = (Long) row[6];
    // PostgreSQL stores the implied bounds; the model keeps only bounds that were set.
    Long minValue = min == (increment > 0 ? 1 : typeMinimum(type)) ? null : min;
    Long maxValue = max == (increment > 0 ? typeMaximum(type) : -1) ? null : max;
    return new Sequence(Table.qualified((String) row[0], (String) row[1]), type, (Long) row[3], increment,
        minValue, maxValue, (Long) row[7], (Boolean) row[8]);
  }

  private static long typeMinimum(String type) {
    return switch (type) {
      case "smallint" -> Short.MIN_VALUE;
      case "integer" -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
  }

  private static long typeMaximum(String type) {
    return switch (type) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
  }
}
