package io.tracetrack.migrations.core.operation;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.DataStep;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.List;

/** What a migration runs as written: SQL, or Java. Neither changes the schema autogenerate sees. */
public sealed interface RawOperation extends Operation {

  @Override
  default String table() {
    return null;
  }

  @Override
  default Schema applyTo(Schema schema) {
    return schema;
  }

  /** Never the result of comparing two schemas; named plainly should it be asked. */
  @Override
  default String difference(Operation inverse, Sides sides) {
    return sides.actual() + " and " + sides.expected() + " differ by " + getClass().getSimpleName();
  }

  /** Raw SQL from {@code op.execute}: run as written. */
  record ExecuteSql(String sql) implements RawOperation {
    @Override
    public List<String> statements() {
      return List.of(sql);
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.execute($S)", sql);
    }
  }

  /**
   * Java code from {@code op.run}: invoked only when the migration is applied to a database, on its
   * connection; it has no SQL to render.
   */
  record RunJava(String description, DataStep step) implements RawOperation {
    /** How logs, {@code show} and offline scripts name the step. */
    public String describe() {
      return "Java data step \"" + description + "\"";
    }

    /** A comment in place of SQL: scripts and {@code show} name what they leave out. */
    @Override
    public List<String> statements() {
      return List.of("-- " + describe().replace('\n', ' ') + " is not in this SQL: it runs only when"
          + " TraceTrack applies the migration to a database");
    }

    /** Never generated: autogenerate writes no Java steps. */
    @Override
    public List<CodeBlock> java() {
      throw new IllegalStateException(describe() + " is written by hand, never generated");
    }
  }
}
