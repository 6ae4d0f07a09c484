package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.Migration;
import io.tracetrack.migrations.Revision;
import io.tracetrack.migrations.core.MigrationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Migrations read from the processor's {@link RevisionIndex}: the graph and the checksums without
 * loading a class. The index is used only when it describes exactly the package's classes; a class
 * loaded later must still declare what the index says, or the run stops.
 */
final class IndexedMigrations {

  private IndexedMigrations() {}

  /**
   * True when every class to load is one the processor saw, and every migration it recorded is
   * still there: a class compiled without the processor, or removed, sends the loader back to the
   * classes themselves.
   */
  static boolean describes(RevisionIndex index, List<String> simpleNames, Set<String> present) {
    Set<String> seen = new HashSet<>(index.classes()); // thousands of look-ups: hashed, not sorted
    if (!seen.containsAll(simpleNames)) {
      return false;
    }
    Set<String> there = new HashSet<>(present);
    return index.revisions().stream().allMatch(entry -> there.contains(entry.className()));
  }

  /** The index's migrations among {@code simpleNames}, made by {@code migration}. */
  static List<LoadedMigration> of(RevisionIndex index, String packageName, List<String> simpleNames,
      BiFunction<String, RevisionIndex.Entry, LoadedMigration> migration) {
    Set<String> wanted = new HashSet<>(simpleNames);
    List<LoadedMigration> found = new ArrayList<>();
    for (RevisionIndex.Entry entry : index.revisions()) {
      if (wanted.contains(entry.className())) {
        found.add(migration.apply(packageName + "." + entry.className(), entry));
      }
    }
    return found;
  }

  /** Instantiates an indexed migration's class, after checking that it declares the indexed revision. */
  static Migration instantiate(Class<?> type, RevisionIndex.Entry entry,
      Function<Class<? extends Migration>, Migration> constructor) {
    Revision revision = type.getAnnotation(Revision.class);
    if (revision == null || !revision.id().equals(entry.id())
        || !Arrays.asList(revision.revises()).equals(entry.revises())) {
      throw new MigrationException(type.getName() + " no longer declares revision " + entry.id()
          + " as the processor's index " + RevisionIndex.resourceName(type.getPackageName())
          + " recorded it: recompile the migrations (mvn compile) so that the index matches them");
    }
    if (!Migration.class.isAssignableFrom(type)) {
      throw new MigrationException(type.getName() + " carries @Revision(id = \"" + revision.id()
          + "\") but does not implement " + Migration.class.getName());
    }
    return constructor.apply(type.asSubclass(Migration.class));
  }
}
