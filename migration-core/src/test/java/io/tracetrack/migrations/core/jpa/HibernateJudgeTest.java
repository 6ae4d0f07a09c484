package io.tracetrack.migrations.core.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.codegen.MigrationClassWriter;
import io.tracetrack.migrations.core.codegen.RevisionHeader;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.testsupport.CatalogNormalForm;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.core.testsupport.PostgresServer;
import io.tracetrack.migrations.processor.EntityProcessor;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hibernate.AnnotationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hibernate is the judge of how we read JPA entities. For each model under {@code
 * src/test/jpa-models} and each naming: Hibernate 6 creates its schema for the compiled entities
 * in one PostgreSQL database; our processor reads the same sources, the engine generates the
 * initial migration from its snapshot, and the migration runs on a second database. The two live
 * schemas, read from pg_catalog by {@link CatalogNormalForm} (not by the engine's own comparison),
 * must be the same but for the {@link DeliberateDifferences}.
 */
class HibernateJudgeTest {
  private static final Path MODELS = Path.of("src/test/jpa-models");

  @ParameterizedTest(name = "{0} model, {1} naming")
  @CsvSource({"everything, spring", "everything, jpa", "shop, spring", "shop, jpa", "blog, spring", "blog, jpa", "clinic, spring", "clinic, jpa", "audit, spring",
      "audit, jpa", "signup, spring", "signup, jpa", "legacy, spring", "legacy, jpa",
      "ledger, spring", "ledger, jpa", "library, spring", "library, jpa"})
  void ourMigrationBuildsTheSchemaHibernateCreates(String model, String naming) throws Exception {
    Forms forms = build(model, naming);
    assertTrue(forms.hibernate().stream().anyMatch(line -> line.contains(" FOREIGN KEY ")),
        model + ": Hibernate created no foreign key:\n" + String.join("\n", forms.hibernate()));
    if (Boolean.getBoolean("tracetrack.jpa.print")) {
      System.out.println(String.join("\n", forms.hibernate()));
    }
    CatalogNormalForm.assertSame(forms.hibernate(), forms.ours(),
        model + " (" + naming + " naming): Hibernate's schema (-) against our migration's (+)");
  }

  /**
   * TraceTrack's annotations on a JPA entity (on a field, or on a getter of one read through
   * getters) add what JPA cannot say, and nothing else: our live schema is Hibernate's plus exactly
   * these lines (and Hibernate's check of the enum's values, which a native enum type makes
   * needless, is gone).
   */
  @Test
  void ourAnnotationsOnAJpaEntityAddWhatJpaCannotSay() throws Exception {
    Forms forms = build("mixed", "spring");
    List<String> added = forms.ours().stream().filter(line -> !forms.hibernate().contains(line)).toList();
    List<String> removed = forms.hibernate().stream().filter(line -> !forms.ours().contains(line)).toList();
    assertEquals(List.of(
        "column public.desk.queue type=character varying(255) notnull=false default='triage'::character varying"
            + " identity=- generated=- collation=default comment=Where new tickets land",
        "column public.ticket.opened_at type=timestamp(6) with time zone notnull=false default=now() identity=-"
            + " generated=- collation=default comment=When it was opened",
        "column public.ticket.priority type=priority notnull=false default=- identity=- generated=- collation=default"
            + " comment=-",
        "constraint public.ticket ck_ticket_positive_points CHECK ((points > 0)) comment=-",
        "enum public.priority [LOW, HIGH] comment=-",
        "index public.<default name> CREATE INDEX <default name> ON public.ticket USING btree (opened_at DESC)"
            + " WHERE (NOT closed) comment=-",
        "relation public.ticket kind=r persistence=p options=- comment=Support tickets"), added);
    assertEquals(List.of(
        "column public.desk.queue type=character varying(255) notnull=false default=- identity=- generated=-"
            + " collation=default comment=-",
        "column public.ticket.opened_at type=timestamp(6) with time zone notnull=false default=- identity=- generated=-"
            + " collation=default comment=-",
        "column public.ticket.priority type=character varying(255) notnull=false default=- identity=- generated=-"
            + " collation=default comment=-",
        "constraint public.ticket ticket_priority_check CHECK (((priority)::text = ANY ((ARRAY['LOW'::character"
            + " varying, 'HIGH'::character varying])::text[]))) comment=-",
        "relation public.ticket kind=r persistence=p options=- comment=-"), removed);
  }

  /**
   * What Hibernate refuses, our processor refuses too, naming the entity, the annotation and the
   * attribute: a subclass entity's override of an attribute it inherits from its parent entity,
   * under each inheritance strategy.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"JOINED", "SINGLE_TABLE", "TABLE_PER_CLASS"})
  void anOverrideOfAnAttributeInheritedFromAnEntityIsRefusedByHibernateAndByUs(String strategy) throws Exception {
    Path root = Files.createTempDirectory("tt-jpa-refused");
    Path sources = Files.createDirectories(root.resolve("src/refused"));
    List<Path> files = List.of(
        Files.writeString(sources.resolve("Root.java"), "package refused;\nimport jakarta.persistence.*;\n"
            + "@Entity @Inheritance(strategy = InheritanceType." + strategy + ")\n"
            + "public class Root { @Id Long id; String name; }\n"),
        Files.writeString(sources.resolve("Leaf.java"), "package refused;\nimport jakarta.persistence.*;\n"
            + "@Entity @AttributeOverride(name = \"name\", column = @Column(name = \"title\"))\n"
            + "public class Leaf extends Root { }\n"));

    JpaCompilation ours = JpaCompilation.run(JpaCompilation.javaFiles(root.resolve("src")), root.resolve("ours"), "spring");
    assertFalse(ours.succeeded(), strategy + ": our processor accepted the override");
    assertTrue(ours.messages().contains("[TracetrackJpaNotSupported] Entity Leaf: @AttributeOverride(name = \"name\")"
        + " overrides attribute name, which it inherits from entity Root"), ours.messages());

    Path classes = root.resolve("classes");
    JavaSourceCompiler.compile(files, classes);
    DatabaseSettings database = PostgresServer.newDatabase("jpa_refused");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      AnnotationException refused = assertThrows(AnnotationException.class,
          () -> HibernateSchema.create(database, loader, List.of("refused.Root", "refused.Leaf"), "spring"));
      assertTrue(refused.getMessage().contains("Property 'name' is inherited from entity 'refused.Root' and may not be"
          + " overridden using '@AttributeOverride' in entity subclass 'refused.Leaf'"), refused.getMessage());
    }
  }

  /** The live schemas of a model: created by Hibernate, and by our migration; each normalized. */
  private record Forms(List<String> hibernate, List<String> ours) {}

  private Forms build(String model, String naming) throws Exception {
    Path root = Files.createTempDirectory("tt-jpa-" + model);
    Path classes = root.resolve("classes");
    List<String> entities = compileWithProcessor(MODELS.resolve(model), classes, naming);
    Schema schema;
    try (InputStream in = Files.newInputStream(classes.resolve(Snapshot.RESOURCE))) {
      schema = Snapshot.read(in, Snapshot.RESOURCE).schema();
    }
    assertFalse(schema.tables().isEmpty(), model + ": the processor read no table");

    DatabaseSettings hibernate = PostgresServer.newDatabase("jpa_hibernate_" + model);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      HibernateSchema.create(hibernate, loader, entities, naming);
    }

    DatabaseSettings ours = PostgresServer.newDatabase("jpa_tracetrack_" + model);
    Migration initial = initialMigration(schema, root.resolve("migration"));
    try (Connection connection = ours.connect()) {
      run(connection, initial);
    }
    try (Connection expected = hibernate.connect(); Connection actual = ours.connect()) {
      return new Forms(DeliberateDifferences.normalize(CatalogNormalForm.read(expected)),
          DeliberateDifferences.normalize(CatalogNormalForm.read(actual)));
    }
  }

  /** Compiles a model's sources with our processor; returns the entity class names. */
  private static List<String> compileWithProcessor(Path sources, Path classes, String naming) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    try (StandardJavaFileManager files_ = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(out, files_, null,
          List.of("-classpath", JavaSourceCompiler.classPath(), "-d", classes.toString(), "-encoding", "UTF-8",
              "-Atracetrack.naming=" + naming),
          null, files_.getJavaFileObjectsFromPaths(files));
      task.setProcessors(List.of(new EntityProcessor()));
      assertTrue(task.call(), "javac with the processor failed on " + sources + ":\n" + out);
    }
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String relative = sources.relativize(file).toString();
      names.add(relative.substring(0, relative.length() - ".java".length()).replace(java.io.File.separatorChar, '.'));
    }
    return names;
  }

  /** The migration autogenerate writes for a schema, from nothing, compiled and loaded. */
  private static Migration initialMigration(Schema schema, Path dir) throws Exception {
    SchemaDiff diff = SchemaDiff.between(Schema.EMPTY, schema, RenameHints.NONE);
    String source = MigrationClassWriter.render("jpa.migrations", "Initial",
        new RevisionHeader("aaaaaaaaaaaa", List.of(), "Initial", "2026-01-01 00:00:00"),
        diff.upgrade(), diff.downgrade(), diff.warningsByOperation(), "nothing").toString();
    Path file = JavaSourceCompiler.write(dir.resolve("src"), "jpa.migrations", "Initial", source);
    JavaSourceCompiler.compile(List.of(file), dir.resolve("classes"));
    return JavaSourceCompiler.instantiate(dir.resolve("classes"), "jpa.migrations.Initial");
  }

  /** Runs a migration's upgrade in one transaction, as the runner does. */
  private static void run(Connection connection, Migration migration) throws SQLException {
    List<Operation> operations = RecordingOperations.record(migration::upgrade);
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      for (Operation operation : operations) {
        for (String sql : operation.statements()) {
          try {
            statement.execute(sql);
          } catch (SQLException e) {
            connection.rollback();
            fail("statement failed: " + sql + "\n" + e.getMessage());
          }
        }
      }
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
  }
}
