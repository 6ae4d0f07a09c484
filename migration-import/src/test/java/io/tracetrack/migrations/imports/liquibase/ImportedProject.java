package io.tracetrack.migrations.imports.liquibase;

import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.loader.MigrationScanner;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.imports.ImportWriter;
import io.tracetrack.migrations.imports.ImportedHistory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** A changelog imported into a project folder, its classes compiled and loaded as the goals load them. */
public record ImportedProject(Path sources, Path classes, String packageName, List<ImportWriter.Written> written,
    MigrationSet migrations) {

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

  public static ImportedProject of(ImportedHistory history, Path folder, String packageName, boolean perFile) throws Exception {
    Path sources = folder.resolve("src");
    NewMigration target = new NewMigration(sources, packageName, CLOCK, () -> {
      throw new AssertionError("imported revisions take their ids from the changesets");
    });
    List<ImportWriter.Written> written = new ImportWriter(target, perFile).write(history, Schema.EMPTY, null);
    return compiled(folder, packageName, written);
  }

  /** The migration classes already in {@code folder/src}'s package, compiled and loaded. */
  public static ImportedProject compiled(Path folder, String packageName, List<ImportWriter.Written> written)
      throws Exception {
    Path sources = folder.resolve("src");
    Path classes = folder.resolve("classes");
    JavaSourceCompiler.compile(javaFiles(sources.resolve(packageName.replace('.', '/'))), classes);
    ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ImportedProject.class.getClassLoader());
    MigrationSet migrations = new MigrationScanner(loader, List.of(sources), MigrationLog.silent()).scan(classes, packageName);
    return new ImportedProject(sources, classes, packageName, written, migrations);
  }

  static List<Path> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  public String source(int index) throws IOException {
    return Files.readString(written.get(index).file());
  }
}
