package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.operation.SchemaChecks.requireFreeRelationName;
import static io.tracetrack.migrations.core.operation.SchemaChecks.requireSchema;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.ArrayList;
import java.util.List;

/** Operations on standalone sequences. */
public sealed interface SequenceOperation extends Operation {

  @Override
  default String table() {
    return null;
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
      String before = inverse instanceof AlterSequence old ? Sides.sequence(old.sequence()) : "defined otherwise";
      return sides.differs("sequence " + Sides.q(sequence.name()), "is", Sides.sequence(sequence), before);
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
}
