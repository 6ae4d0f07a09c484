package io.tracetrack.migrations.core.introspect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.codegen.MigrationClassWriter;
import io.tracetrack.migrations.core.codegen.RevisionHeader;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.ChangeCorpus;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proof of autogenerate, one test per corpus case: schema A → schema B → the generated
 * migration compiles → upgrade on a real PostgreSQL → the live schema equals B → downgrade → it
 * equals A. A is itself built by a generated migration from nothing, and taken down again at the
 * end. The judge is {@link CatalogNormalForm}, read from pg_catalog with SQL of its own: after the
 * upgrade the database must print exactly what B built from nothing in a second database prints,
 * and after the downgrade exactly what it printed at A. The engine's own comparison
 * ({@link LiveSchemaComparison}) must agree as well.
 */
class AutogenerateRoundTripTest {
  private static final String PACKAGE = "corpus.migrations";
  private static final Map<String, Generated> GENERATED = new HashMap<>();

  private record Generated(Migration first, Migration change, Migration direct) {}

  @BeforeAll
  static void generateAndCompileEveryCase() throws Exception {
    Path root = Files.createTempDirectory("tt-corpus");
    Path sources = root.resolve("src");
    List<Path> files = new ArrayList<>();
    List<ChangeCorpus.Case> cases = ChangeCorpus.cases();
    for (int i = 0; i < cases.size(); i++) {
      ChangeCorpus.Case c = cases.get(i);
      files.add(JavaSourceCompiler.write(sources, PACKAGE, "M" + i + "_A", source("M" + i + "_A", Schema.EMPTY, c.from(), RenameHints.NONE)));
      files.add(JavaSourceCompiler.write(sources, PACKAGE, "M" + i + "_B", source("M" + i + "_B", c.from(), c.to(), c.hints())));
      files.add(JavaSourceCompiler.write(sources, PACKAGE, "M" + i + "_C", source("M" + i + "_C", Schema.EMPTY, c.to(), RenameHints.NONE)));
    }
    Path classes = root.resolve("classes");
    JavaSourceCompiler.compile(files, classes);
    for (int i = 0; i < cases.size(); i++) {
      GENERATED.put(cases.get(i).name(), new Generated(
          JavaSourceCompiler.instantiate(classes, PACKAGE + ".M" + i + "_A"),
          JavaSourceCompiler.instantiate(classes, PACKAGE + ".M" + i + "_B"),
          JavaSourceCompiler.instantiate(classes, PACKAGE + ".M" + i + "_C")));
    }
  }

  private static String source(String className, Schema from, Schema to, RenameHints hints) {
    SchemaDiff diff = SchemaDiff.between(from, to, hints);
    Map<Operation, String> warnings = diff.warningsByOperation();
    return MigrationClassWriter.render(PACKAGE, className,
        new RevisionHeader("aaaaaaaaaaaa", List.of(), className, "2026-01-01 00:00:00"),
        diff.upgrade(), diff.downgrade(), warnings, "nothing").toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("io.tracetrack.migrations.core.diff.ChangeCorpus#arguments")
  void upgradeReachesBAndDowngradeComesBackToAOnPostgres(String name, ChangeCorpus.Case c) throws Exception {
    Generated generated = GENERATED.get(name);
    assertFalse(RecordingOperations.record(generated.change()::upgrade).isEmpty(), name + ": no operations");
    DatabaseSettings database = PostgresServer.newDatabase("corpus");
    DatabaseSettings scratch = PostgresServer.newDatabase("corpus_b");
    try (Connection connection = database.connect(); Connection fromNothing = scratch.connect()) {
      List<String> nothing = CatalogNormalForm.read(connection);
      run(connection, generated.first()::upgrade);
      List<String> a = CatalogNormalForm.read(connection);
      assertLive(connection, c.from(), name + ": A, built from nothing");
      run(fromNothing, generated.direct()::upgrade);
      List<String> b = CatalogNormalForm.read(fromNothing);
      assertNotEquals(a, b, name + ": A and B print the same normal form");

      run(connection, generated.change()::upgrade);
      CatalogNormalForm.assertSame(b, CatalogNormalForm.read(connection), name + ": after upgrade, B as built from nothing");
      assertLive(connection, c.to(), name + ": after upgrade, B");
      // The comparison sees the change itself: B live is not A.
      assertFalse(LiveSchemaComparison.compare(connection, c.from(), Set.of()).isEmpty(), name + ": B live compares equal to A");

      run(connection, generated.change()::downgrade);
      CatalogNormalForm.assertSame(a, CatalogNormalForm.read(connection), name + ": after downgrade, A");
      assertLive(connection, c.from(), name + ": after downgrade, A");
      run(connection, generated.first()::downgrade);
      CatalogNormalForm.assertSame(nothing, CatalogNormalForm.read(connection), name + ": back to nothing");
      assertLive(connection, Schema.EMPTY, name + ": back to nothing");
    }
  }

  /** Runs one direction of a migration in a transaction, as the runner does. */
  private static void run(Connection connection, java.util.function.Consumer<io.tracetrack.migrations.Operations> body)
      throws SQLException {
    List<Operation> operations = RecordingOperations.record(body);
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (Operation operation : operations) {
        for (String sql : operation.statements()) {
          try {
            statement.execute(sql);
          } catch (SQLException e) {
            connection.rollback();
            fail("statement failed: " + sql + "\n" + e.getMessage() + "\nall operations: " + operations);
          }
        }
      }
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static void assertLive(Connection connection, Schema expected, String what) throws SQLException {
    SchemaDrift drift = LiveSchemaComparison.compare(connection, expected, Set.of());
    assertTrue(drift.isEmpty(), what + ": the live schema differs:\n" + drift + "\nlive: " + drift.live()
        + "\nexpected: " + drift.expected());
  }
}
