package io.tracetrack.migrations.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.processor.EntityProcessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming reader judged on every snapshot we have: the test resources, and those the processor
 * writes for the entity models of the JPA tests, the examples and the Maven ITs. Each file, read and
 * written again, must come back to the byte (the writer is canonical), and read as data binding read
 * it ({@link BoundSnapshot}). Broken copies of them (a field dropped, set to null, of the wrong
 * shape, or one no version knows) must be refused by both readers alike, or read alike.
 */
class SnapshotCorpusTest {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @TempDir
  static Path work;

  private static final Map<String, byte[]> CORPUS = new TreeMap<>();

  @BeforeAll
  static void collectTheCorpus() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/snapshots"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        CORPUS.put(REPOSITORY.relativize(file.toAbsolutePath()).toString(), Files.readAllBytes(file));
      }
    }
    for (Path models : List.of(REPOSITORY.resolve("migration-core/src/test/jpa-models"), REPOSITORY.resolve("examples"),
        REPOSITORY.resolve("it/src/it"))) {
      for (Path folder : entityFolders(models)) {
        Path classes = work.resolve("classes-" + CORPUS.size());
        if (compile(folder, classes) && Files.exists(classes.resolve(Snapshot.RESOURCE))) {
          CORPUS.put(REPOSITORY.relativize(folder).toString(), Files.readAllBytes(classes.resolve(Snapshot.RESOURCE)));
        }
      }
    }
  }

  /** Folders holding entity sources: any folder of a model tree with Java files directly in it, but migrations. */
  private static List<Path> entityFolders(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isDirectory)
          .filter(dir -> !dir.toString().contains("migrations") && !dir.toString().contains("/target"))
          .filter(dir -> (dir.toString().contains("model") || dir.toString().contains("jpa-models")) && hasJava(dir))
          .sorted().toList();
    }
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The folder's Java files compiled with the processor; false where they do not compile alone (a changed copy of one entity). */
  private static boolean compile(Path folder, Path classes) throws IOException {
    Files.createDirectories(classes);
    List<Path> sources;
    try (Stream<Path> files = Files.list(folder)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, null,
          List.of("-classpath", JavaSourceCompiler.classPath(), "-d", classes.toString(), "-encoding", "UTF-8",
              "-proc:only"),
          null, files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new EntityProcessor()));
      return task.call();
    }
  }

  @Test
  void theCorpusHoldsTheModelsOfTheTestsTheExamplesAndTheIts() {
    assertTrue(CORPUS.keySet().stream().anyMatch(k -> k.startsWith("migration-core/src/test/resources")), CORPUS.keySet()::toString);
    assertTrue(CORPUS.keySet().stream().filter(k -> k.startsWith("migration-core/src/test/jpa-models")).count() >= 8,
        CORPUS.keySet()::toString);
    assertTrue(CORPUS.keySet().stream().anyMatch(k -> k.startsWith("examples/")), CORPUS.keySet()::toString);
    assertTrue(CORPUS.keySet().stream().filter(k -> k.startsWith("it/")).count() >= 20, CORPUS.keySet()::toString);
  }

  @Test
  void everySnapshotReadAndWrittenAgainIsTheSameBytes() {
    for (Map.Entry<String, byte[]> file : CORPUS.entrySet()) {
      Snapshot read = Snapshot.read(new ByteArrayInputStream(file.getValue()), file.getKey());
      assertEquals(new String(file.getValue(), StandardCharsets.UTF_8), read.toJson(), file.getKey());
    }
  }

  @Test
  void everySnapshotReadsAsDataBindingReadIt() {
    for (Map.Entry<String, byte[]> file : CORPUS.entrySet()) {
      assertEquals(BoundSnapshot.read(file.getValue(), file.getKey()),
          Snapshot.read(new ByteArrayInputStream(file.getValue()), file.getKey()), file.getKey());
    }
  }

  @Test
  void brokenCopiesAreRefusedOrReadAsDataBindingDid() throws IOException {
    int refused = 0;
    int mutants = 0;
    List<String> differences = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : CORPUS.entrySet()) {
      JsonNode tree = BoundSnapshot.JSON.readTree(file.getValue());
      for (JsonNode mutant : mutants(tree)) {
        byte[] bytes = BoundSnapshot.JSON.writeValueAsBytes(mutant);
        Object bound = outcome(() -> BoundSnapshot.read(bytes, "mutant.json"));
        Object streamed = outcome(() -> Snapshot.read(new ByteArrayInputStream(bytes), "mutant.json"));
        String where = file.getKey() + ": " + mutant;
        if (bound instanceof SnapshotException) {
          if (!(streamed instanceof SnapshotException e) || !e.getMessage().contains("mutant.json")) {
            differences.add("binding refused it (" + ((Exception) bound).getMessage() + "), streaming read it; " + where);
          }
          refused++;
        } else if (!bound.equals(streamed)) {
          differences.add("binding read it, streaming " + (streamed instanceof Exception e ? "refused it (" + e.getMessage()
              + ")" : "read it otherwise") + "; " + where);
        }
        mutants++;
      }
    }
    assertEquals(List.of(), differences.stream().map(d -> d.substring(0, Math.min(d.length(), 400))).distinct().limit(30)
        .toList());
    assertTrue(mutants > 1000 && refused > mutants / 4, mutants + " mutants, " + refused + " refused");
  }

  private interface Read {
    Snapshot read();
  }

  private static Object outcome(Read read) {
    try {
      return read.read();
    } catch (SnapshotException e) {
      return e;
    }
  }

  /**
   * Copies of {@code tree}, each with one change to one field of one object (the first element of
   * each list only, so that a large file gives a handful): dropped, null, an empty object, an empty
   * list, and an unknown field beside it.
   */
  private static List<JsonNode> mutants(JsonNode tree) {
    List<JsonNode> mutants = new ArrayList<>();
    visit(tree, List.of(), path -> {
      for (int change = 0; change < 5; change++) {
        JsonNode copy = tree.deepCopy();
        ObjectNode owner = (ObjectNode) at(copy, path.subList(0, path.size() - 1));
        String field = (String) path.get(path.size() - 1);
        switch (change) {
          case 0 -> owner.remove(field);
          case 1 -> owner.putNull(field);
          case 2 -> owner.putObject(field);
          case 3 -> owner.putArray(field);
          default -> owner.put("unheardOf", "?");
        }
        mutants.add(copy);
      }
    });
    return mutants;
  }

  private static void visit(JsonNode node, List<Object> path, Consumer<List<Object>> field) {
    if (node instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        List<Object> inner = append(path, name);
        field.accept(inner);
        visit(object.get(name), inner, field);
      }
    } else if (node instanceof ArrayNode array && !array.isEmpty()) {
      visit(array.get(0), append(path, 0), field);
    }
  }

  private static List<Object> append(List<Object> path, Object step) {
    List<Object> longer = new ArrayList<>(path);
    longer.add(step);
    return longer;
  }

  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node == null ? JsonNodeFactory.instance.nullNode() : node;
  }
}
