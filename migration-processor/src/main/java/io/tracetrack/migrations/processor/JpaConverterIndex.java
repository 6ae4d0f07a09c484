package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.processor.JpaConverters.AutoApplied;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import javax.annotation.processing.Filer;
import javax.lang.model.type.DeclaredType;
import javax.tools.StandardLocation;

/**
 * The auto-applied JPA converters a compilation holds, written beside the snapshot so that a later
 * compilation finds them on its class path: one resource per entity-side type, {@value #FOLDER}
 * and the type's qualified name (its class), listing the converters for it. A resource per type,
 * not one list per jar, because a class path lookup finds only the first resource of a name: an
 * entity's attribute type names the resources to look for, whichever jar holds them. An incremental
 * compile finds its own converters the same way, in the class output. Each entry is checked
 * against the class it names, so a stale one (a converter deleted, or no longer auto-applied) is passed over.
 *
 * <p>The folder is a package path, not {@code META-INF}: javac finds a resource in a jar on the
 * class path only in a folder whose name is a Java identifier.
 */
final class JpaConverterIndex {
  /** The folder of the resources, under the class output and in a jar. */
  static final String FOLDER = "io/tracetrack/migrations/jpaconverters/";

  private JpaConverterIndex() {}

  /**
   * Records auto-applied converters, by the class of their entity-side type. A resource this
   * output already holds for one of their types keeps the converters that {@code stillRecorded}
   * (converter name, type name) confirms: an incremental compile did not compile them again.
   */
  static void write(Filer filer, Collection<AutoApplied> converters, BiPredicate<String, String> stillRecorded)
      throws IOException {
    Map<String, TreeSet<String>> byType = new TreeMap<>();
    for (AutoApplied converter : converters) {
      if (converter.entityType() instanceof DeclaredType type) {
        byType.computeIfAbsent(JpaConverters.qualifiedName(type), key -> new TreeSet<>())
            .add(converter.converter().getQualifiedName().toString());
      }
    }
    for (Map.Entry<String, TreeSet<String>> entry : byType.entrySet()) {
      lines(ResourceOutput.read(filer, FOLDER + entry.getKey())).stream()
          .filter(earlier -> stillRecorded.test(earlier, entry.getKey())).forEach(entry.getValue()::add);
      StringBuilder text = new StringBuilder();
      entry.getValue().forEach(name -> text.append(name).append('\n'));
      ResourceOutput.writeIfChanged(filer, FOLDER + entry.getKey(), text.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * The converter class names recorded for an entity-side type (a qualified name), in the class
   * output of an earlier compilation and on the class path; none where neither holds any.
   */
  static List<String> read(Filer filer, String entityType) {
    List<String> names = new ArrayList<>();
    for (StandardLocation location : List.of(StandardLocation.CLASS_OUTPUT, StandardLocation.CLASS_PATH)) {
      lines(ResourceOutput.read(filer, location, FOLDER + entityType)).stream()
          .filter(name -> !names.contains(name)).forEach(names::add);
    }
    return names;
  }

  private static List<String> lines(byte[] bytes) {
    return bytes == null ? List.of()
        : new String(bytes, StandardCharsets.UTF_8).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }
}
