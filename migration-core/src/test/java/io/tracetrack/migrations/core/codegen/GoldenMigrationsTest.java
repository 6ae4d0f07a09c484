package io.tracetrack.migrations.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RawOperation;
import io.tracetrack.migrations.core.operation.RecordingOperations;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code is reviewed as text: each migration of {@link GoldenMigrations} must render exactly
 * as its committed file under {@code src/test/resources/golden/}, in this JVM and in a second one
 * whose identity hash codes differ. After a deliberate change to generated code, rewrite the files
 * and review their diff:
 *
 * <pre>mvn -B -o -pl migration-core -am test -Dtest=GoldenMigrationsTest -Dsurefire.failIfNoSpecifiedTests=false -Dtracetrack.updateGolden=true</pre>
 */
class GoldenMigrationsTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final String UPDATE = "tracetrack.updateGolden";
  private static final String HOW_TO_UPDATE = "If the change is intended, rewrite the golden files with -D" + UPDATE
      + "=true (see GoldenMigrationsTest) and review their diff.";

  @BeforeAll
  static void updateWhenAsked() throws IOException {
    if (!Boolean.getBoolean(UPDATE)) {
      return;
    }
    Map<String, String> rendered = GoldenMigrations.renderAll();
    Files.createDirectories(GOLDEN);
    for (String stale : goldenFiles().keySet()) {
      if (!rendered.containsKey(stale)) {
        Files.delete(GOLDEN.resolve(stale));
      }
    }
    for (Map.Entry<String, String> golden : rendered.entrySet()) {
      Files.writeString(GOLDEN.resolve(golden.getKey()), golden.getValue(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyMigrationRendersAsItsGoldenFile() throws IOException {
    assertMatchesGolden(GoldenMigrations.renderAll(), "rendered in this JVM");
  }

  @Test
  void aSecondJvmRendersTheSameText(@TempDir Path output) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // hashCode=2 gives every object the same identity hash: any output that depends on identity
    // or hash order comes out differently from this JVM's.
    Process child = new ProcessBuilder(java.toString(), "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2",
        "-cp", System.getProperty("java.class.path"), GoldenMigrations.class.getName(), output.toString())
        .redirectErrorStream(true).start();
    String log = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(2, TimeUnit.MINUTES), "the second JVM did not finish");
    assertEquals(0, child.exitValue(), "the second JVM failed:\n" + log);
    Map<String, String> rendered = new TreeMap<>();
    try (Stream<Path> files = Files.list(output)) {
      for (Path file : files.toList()) {
        rendered.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    assertMatchesGolden(rendered, "rendered in a second JVM");
  }

  @Test
  void theGoldenFilesCompileAndRecordTheOperationsTheyRender(@TempDir Path temp) throws Exception {
    Map<String, String> golden = goldenFiles();
    List<GoldenMigrations.Golden> all = GoldenMigrations.all();
    List<Path> sources = new ArrayList<>();
    for (GoldenMigrations.Golden migration : all) {
      String source = golden.get(migration.fileName());
      assertTrue(source != null, "no golden file " + migration.fileName());
      sources.add(JavaSourceCompiler.write(temp.resolve("src"), GoldenMigrations.PACKAGE, migration.className(), source));
    }
    JavaSourceCompiler.compile(sources, temp.resolve("classes"));
    for (GoldenMigrations.Golden migration : all) {
      Migration compiled = JavaSourceCompiler.instantiate(temp.resolve("classes"),
          GoldenMigrations.PACKAGE + "." + migration.className());
      assertEquals(migration.upgrade(), RecordingOperations.record(compiled::upgrade), migration.fileName() + ": upgrade()");
      assertEquals(migration.downgrade(), RecordingOperations.record(compiled::downgrade), migration.fileName() + ": downgrade()");
    }
  }

  @Test
  void theGoldenSetUsesEveryOperationKindAutogenerateWrites() {
    Set<String> kinds = new TreeSet<>();
    for (Class<?> group : Operation.class.getPermittedSubclasses()) {
      for (Class<?> kind : group.getPermittedSubclasses()) {
        kinds.add(kind.getName());
      }
    }
    // Java data steps are written by hand only: they have no rendering.
    kinds.remove(RawOperation.RunJava.class.getName());
    assertTrue(kinds.size() > 25, "too few operation kinds found: " + kinds);
    kinds.removeAll(GoldenMigrations.operations().stream().map(o -> o.getClass().getName()).collect(Collectors.toSet()));
    assertEquals(Set.of(), kinds, "no golden migration renders these operation kinds: add a case to GoldenMigrations");
  }

  @Test
  void aDifferenceIsReportedAsADiffOfTheLinesThatDiffer() {
    String golden = "class A {\n  void a() {}\n  void b() {}\n}\n";
    String rendered = "class A {\n  void a() {}\n  void c() {}\n}\n";
    String report = difference("m01_x.java", golden, rendered);
    assertTrue(report.contains("\n-  void b() {}\n+  void c() {}\n"), report);
    assertTrue(report.contains("golden/m01_x.java"), report);
    assertEquals("", difference("m01_x.java", golden, golden));
  }

  private static void assertMatchesGolden(Map<String, String> rendered, String how) throws IOException {
    Map<String, String> golden = goldenFiles();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> file : rendered.entrySet()) {
      String expected = golden.get(file.getKey());
      if (expected == null) {
        problems.add("No golden file " + GOLDEN.resolve(file.getKey()) + " for a migration " + how);
      } else {
        String diff = difference(file.getKey(), expected, file.getValue());
        if (!diff.isEmpty()) {
          problems.add(diff);
        }
      }
    }
    for (String name : golden.keySet()) {
      if (!rendered.containsKey(name)) {
        problems.add("Golden file " + GOLDEN.resolve(name) + " belongs to no migration " + how);
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " golden file(s) differ from the migrations " + how + ":\n\n"
          + String.join("\n", problems) + "\n" + HOW_TO_UPDATE);
    }
  }

  /** A unified diff from the golden text to the rendered one, or empty when they are the same. */
  private static String difference(String name, String golden, String rendered) {
    if (golden.equals(rendered)) {
      return "";
    }
    List<String> before = Arrays.asList(golden.split("\n", -1));
    List<String> after = Arrays.asList(rendered.split("\n", -1));
    List<String> lines = UnifiedDiffUtils.generateUnifiedDiff("golden/" + name, "rendered/" + name, before,
        DiffUtils.diff(before, after), 3);
    // Same lines, different bytes: line endings or trailing whitespace.
    return lines.isEmpty() ? "golden/" + name + " differs in line endings or whitespace only\n"
        : String.join("\n", lines) + "\n";
  }

  private static Map<String, String> goldenFiles() throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(GOLDEN)) {
      return files;
    }
    try (Stream<Path> list = Files.list(GOLDEN)) {
      for (Path file : list.filter(f -> f.getFileName().toString().endsWith(".java")).toList()) {
        files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
