package io.tracetrack.migrations.processor;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The processor runs inside javac for every user compile: its path (this module's dependencies)
 * holds the schema model and Jackson's streaming JSON, and no JDBC driver, code generator, engine or
 * data binding.
 */
class ProcessorPathTest {

  @Test
  void carriesNoDriverNoCodeGeneratorNoEngineAndNoDataBinding() {
    ClassLoader loader = EntityProcessor.class.getClassLoader();
    for (String absent : new String[] {"org.postgresql.Driver", "com.palantir.javapoet.JavaFile",
        "io.tracetrack.migrations.core.Migrator", "io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
        "com.fasterxml.jackson.databind.ObjectMapper"}) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(absent, false, loader), absent);
    }
  }
}
