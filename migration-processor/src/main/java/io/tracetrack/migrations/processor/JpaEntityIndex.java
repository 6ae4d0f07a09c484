package io.tracetrack.migrations.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import javax.annotation.processing.Filer;

/**
 * The JPA entities of the last full picture, written beside the snapshot: the snapshot names only
 * the classes that own a table, and a single-table subclass (or an abstract table-per-class root)
 * owns none. An incremental compile of a root or of one subclass finds the others here, on the
 * class path, so the root's single table keeps every subclass's columns.
 */
final class JpaEntityIndex {
  /** One qualified class name a line, sorted. */
  static final String RESOURCE = "META-INF/tracetrack/jpa-entities.txt";

  private JpaEntityIndex() {}

  /** The entity names a previous compilation recorded; none when there was none. */
  static List<String> read(Filer filer) {
    byte[] bytes = ResourceOutput.read(filer, RESOURCE);
    if (bytes == null) {
      return List.of();
    }
    return new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip).filter(line -> !line.isEmpty())
        .toList();
  }

  /** Records the JPA entities read now, for the next incremental compile. */
  static void write(Filer filer, Collection<String> entities) throws IOException {
    StringBuilder text = new StringBuilder();
    new TreeSet<>(entities).forEach(name -> text.append(name).append('\n'));
    ResourceOutput.writeIfChanged(filer, RESOURCE, text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
