package io.tracetrack.migrations.core.loader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the annotation processor knew about one package's migrations when it compiled them: every
 * top-level class of the package, and for each migration class its revision, parents and
 * checksum. With it, the engine builds the revision graph and verifies applied checksums without
 * loading a single migration class; it loads one only to run it.
 *
 * @param classes every top-level class of the package the processor saw (migrations and others),
 *     by simple name, sorted: the engine trusts the index only when the package holds exactly these
 * @param revisions the migration classes among them, sorted by class
 */
public record RevisionIndex(Set<String> classes, List<Entry> revisions) {
  private static final String RESOURCE_DIRECTORY = "META-INF/tracetrack/revisions/";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * One migration class.
   *
   * @param className the simple name
   * @param checksum the {@link MigrationChecksum} of its source; null when the compiler gave no
   *     source tree to hash
   */
  public record Entry(String className, String id, List<String> revises, String message, String createDate,
      boolean transactional, String checksum) {
    public Entry {
      Objects.requireNonNull(className, "className == null");
      Objects.requireNonNull(id, "id == null");
      revises = List.copyOf(revises);
    }
  }

  public RevisionIndex {
    classes = new TreeSet<>(classes);
    revisions = revisions.stream().sorted(Comparator.comparing(Entry::className)).toList();
  }

  /** Where the index of {@code packageName} is kept in the class output (and so in the jar). */
  public static String resourceName(String packageName) {
    return RESOURCE_DIRECTORY + packageName + ".json";
  }

  /** Compact JSON, the same bytes for the same content. */
  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an index; an {@link IOException} naming {@code origin} when it is not one. */
  public static RevisionIndex read(InputStream in, String origin) throws IOException {
    try {
      RevisionIndex index = JSON.readValue(in, RevisionIndex.class);
      if (index.classes() == null || index.revisions() == null) {
        throw new IOException("missing classes or revisions");
      }
      return index;
    } catch (IOException | RuntimeException e) {
      throw new IOException("Cannot read the revision index " + origin + ": " + e.getMessage(), e);
    }
  }

  /** This index with {@code replaced} classes dropped and {@code fresh} entries and class names added. */
  public RevisionIndex merge(Set<String> replaced, Set<String> freshClasses, List<Entry> fresh) {
    Set<String> names = new TreeSet<>(classes);
    names.removeAll(replaced);
    names.addAll(freshClasses);
    List<Entry> entries = new ArrayList<>();
    revisions.stream().filter(e -> !replaced.contains(e.className())).forEach(entries::add);
    entries.addAll(fresh);
    return new RevisionIndex(names, entries);
  }
}
