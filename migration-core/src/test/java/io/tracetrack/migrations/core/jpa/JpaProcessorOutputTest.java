package io.tracetrack.migrations.core.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the processor writes for the JPA models under {@code src/test/jpa-models} is kept byte for
 * byte: the snapshot, the JPA entity index and every other resource beside the classes must equal
 * the committed files under {@code src/test/resources/jpa-output/<model>-<naming>/}. The judge
 * ({@link HibernateJudgeTest}) says whether what we read is right; this says that a change meant to
 * leave the output alone (a faster reader, say) did. After a deliberate change to the output,
 * rewrite the files and review their diff:
 *
 * <pre>mvn -B -pl migration-core -am test -Dtest=JpaProcessorOutputTest -Dsurefire.failIfNoSpecifiedTests=false -Dtracetrack.updateGolden=true</pre>
 */
class JpaProcessorOutputTest {
  private static final Path MODELS = Path.of("src", "test", "jpa-models");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "jpa-output");
  private static final String UPDATE = "tracetrack.updateGolden";

  @ParameterizedTest(name = "{0} model, {1} naming")
  @CsvSource({"everything, spring", "everything, jpa", "shop, spring", "shop, jpa", "blog, spring", "blog, jpa",
      "clinic, spring", "clinic, jpa", "audit, spring", "audit, jpa", "signup, spring", "signup, jpa",
      "legacy, spring", "legacy, jpa", "ledger, spring", "ledger, jpa", "mixed, spring"})
  void theProcessorWritesWhatItWroteBefore(String model, String naming, @TempDir Path temp) throws IOException {
    JpaCompilation compiled = JpaCompilation.run(JpaCompilation.javaFiles(MODELS.resolve(model)), temp.resolve("classes"), naming);
    assertTrue(compiled.succeeded(), model + ": javac with the processor failed:\n" + compiled.messages());
    Map<String, String> written = resources(compiled.classes());
    assertTrue(written.containsKey("META-INF/tracetrack/schema.json"), model + ": no snapshot among " + written.keySet());
    Path golden = GOLDEN.resolve(model + "-" + naming);
    if (Boolean.getBoolean(UPDATE)) {
      write(golden, written);
    }
    Map<String, String> expected = resources(golden);
    assertEquals(expected.keySet(), written.keySet(), model + " (" + naming + " naming): the resources written");
    expected.forEach((name, text) -> assertEquals(text, written.get(name),
        model + " (" + naming + " naming): " + name + " differs from " + golden.resolve(name)
            + "; if the change is intended, rewrite the files with -D" + UPDATE + "=true and review their diff"));
  }

  /** Every file under a folder but class files, by relative path with '/', as text. */
  private static Map<String, String> resources(Path root) throws IOException {
    Map<String, String> found = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return found;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".class")).toList()) {
        found.put(root.relativize(file).toString().replace(java.io.File.separatorChar, '/'),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return found;
  }

  private static void write(Path golden, Map<String, String> written) throws IOException {
    for (String stale : resources(golden).keySet()) {
      Files.delete(golden.resolve(stale));
    }
    for (Map.Entry<String, String> file : written.entrySet()) {
      Path target = golden.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
    }
  }
}
