package io.tracetrack.migrations.core.exchange;

import io.tracetrack.migrations.core.loader.MigrationSet;
import java.nio.file.Path;

/**
 * Other tools' histories in and out: a Liquibase changelog or a Flyway folder read as migrations
 * to write, and migrations written as a Liquibase changelog. Implemented by migration-import and
 * registered as a {@link java.util.ServiceLoader} service.
 */
public interface HistoryExchange {

  /**
   * A Liquibase changelog, its includes resolved against {@code searchPath}, or else against the
   * project's {@code src/main/resources} when the changelog is under it, else its own folder.
   *
   * @param searchPath null for the default
   * @param contexts null for every changeset
   * @param labels null for every changeset
   */
  ForeignHistory liquibase(Path projectDir, Path changelog, Path searchPath, String contexts, String labels);

  /** A Flyway location ({@code classpath:}, {@code filesystem:} or a bare folder) as a folder of the project. */
  String flywayFolder(String location);

  /** The versioned scripts of a Flyway folder of the project, as {@link #flywayFolder} names it. */
  ForeignHistory flyway(Path projectDir, String folder);

  /**
   * The migrations of a range ({@code FROM:TO} or {@code TO} from base) as a Liquibase XML
   * changelog whose logical file name is {@code logicalFile}.
   */
  String changelog(MigrationSet migrations, String range, String logicalFile);
}
