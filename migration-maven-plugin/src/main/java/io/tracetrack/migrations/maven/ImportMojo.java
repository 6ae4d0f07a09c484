package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.exchange.ForeignHistory;
import io.tracetrack.migrations.core.exchange.HistoryExchange;
import io.tracetrack.migrations.core.exchange.ImportedMigration;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Imports another tool's history as migrations: a Liquibase changelog becomes one typed migration
 * class per changeset (or per file), a Flyway folder one migration per versioned script, in order,
 * after the project's current head; a script's statements are typed by running them in scratch
 * databases on the goal's database server. Nothing is written when any unit cannot be imported.
 */
@Mojo(name = "import", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class ImportMojo extends AbstractTracetrackMojo {

  /** The tool the history comes from: {@code liquibase} or {@code flyway}. */
  @Parameter(property = "tracetrack.from")
  private String from;

  /**
   * Flyway: the folder of {@code V<version>__<description>.sql} scripts, relative to the project's
   * folder, as Flyway's {@code locations} (a {@code filesystem:} or {@code classpath:} prefix is
   * read as a folder of the project). Default: {@code src/main/resources/db/migration}, Flyway's.
   */
  @Parameter(property = "tracetrack.locations")
  private String locations;

  /** The master changelog (XML, YAML, JSON or formatted SQL), relative to the project's folder. */
  @Parameter(property = "tracetrack.changelog")
  private File changelog;

  /**
   * The folder that the changelog's {@code include} paths are relative to, as Liquibase's search
   * path. Default: {@code src/main/resources} when the changelog is under it, else the changelog's folder.
   */
  @Parameter(property = "tracetrack.searchPath")
  private File searchPath;

  /** Liquibase contexts, as {@code liquibase update --contexts} takes them; default: every changeset. */
  @Parameter(property = "tracetrack.contexts")
  private String contexts;

  /** Liquibase label expression, as {@code liquibase update --labels} takes it. */
  @Parameter(property = "tracetrack.labels")
  private String labels;

  /** Write one migration per changelog file instead of one per changeset. */
  @Parameter(property = "tracetrack.perFile", defaultValue = "false")
  private boolean perFile;

  @Override
  protected void run() throws MojoExecutionException {
    String tool = from == null ? "" : from.trim().toLowerCase(Locale.ROOT);
    if (tool.isEmpty()) {
      throw new MigrationException("Name the tool the history comes from: -Dtracetrack.from=liquibase or flyway");
    }
    Function<HistoryExchange, ForeignHistory> reader = switch (tool) {
      case "liquibase" -> liquibase();
      case "flyway" -> this::flyway;
      default -> throw new MigrationException("tracetrack.from=" + from.trim() + " is not supported: use liquibase or flyway");
    };
    GoalRunner runner = runner();
    withExchange(exchange -> {
      ForeignHistory history = reader.apply(exchange);
      List<ImportedMigration> written = runner.withMigrator((classes, migrator) -> history.write(migrator.migrations(),
          NewMigration.at(classes.layout().mainSourceRoot(), classes.layout().migrationsPackage()), perFile,
          this::withDatabase, log()));
      for (ImportedMigration w : written) {
        getLog().info("Generating " + w.file() + " ... done");
        if (w.irreversible() != null) {
          getLog().warn(w.revision() + " cannot be downgraded (" + w.irreversible() + "): its downgrade() says so; write one by hand if needed");
        }
      }
      getLog().info("Imported " + written.size() + (written.size() == 1 ? " migration" : " migrations") + " from "
          + history.source() + ". Review them, then run mvn tracetrack:upgrade (on a database " + history.tool()
          + " kept, upgrade first checks its schema and records the matching revision)");
      return written;
    });
  }

  private Function<HistoryExchange, ForeignHistory> liquibase() {
    if (changelog == null) {
      throw new MigrationException("Name the master changelog: -Dtracetrack.changelog=src/main/resources/db/changelog/db.changelog-master.xml");
    }
    Path file = changelog.toPath().toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new MigrationException("tracetrack.changelog: " + file + " does not exist");
    }
    return exchange -> exchange.liquibase(project.getBasedir().toPath(), file,
        searchPath == null ? null : searchPath.toPath(), contexts, labels);
  }

  private ForeignHistory flyway(HistoryExchange exchange) {
    String location = locations == null || locations.isBlank() ? "src/main/resources/db/migration" : locations.trim();
    if (location.contains(",")) {
      throw new MigrationException("tracetrack.locations=" + location + ": name one folder; import each location in turn");
    }
    String folder = exchange.flywayFolder(location);
    Path path = project.getBasedir().toPath().resolve(folder).normalize();
    if (!Files.isDirectory(path)) {
      throw new MigrationException("tracetrack.locations: " + path + " is not a folder");
    }
    return exchange.flyway(project.getBasedir().toPath(), folder);
  }
}
