package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.ImportedFrom;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.check.SchemaDifferences;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.introspect.CatalogReader;
import io.tracetrack.migrations.core.introspect.LiveSchemaComparison;
import io.tracetrack.migrations.core.introspect.SchemaDrift;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Adopting a database that Flyway or Liquibase kept: on a database TraceTrack has never migrated,
 * the old tool's table ({@link PriorHistory}) names the units applied; the imported migrations
 * ({@link ImportedFrom}) that hold exactly those units, or the revisions whose exported changeSets
 * Liquibase applied, end at the revision the database is at ({@link PriorMatch}). That revision
 * is stamped only when the live schema equals the schema the migrations build up to it, in a
 * scratch database on the same server that is dropped afterwards (or, where the role may not
 * create databases, by replay). The old tool's table is read, never written.
 */
final class Adoption {
  private static final Set<String> IGNORED_TABLES = ignoredTables();
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  private final DatabaseSettings settings;
  private final MigrationLog log;

  Adoption(DatabaseSettings settings, MigrationLog log) {
    this.settings = settings;
    this.log = log;
  }

  /**
   * The revisions to stamp before upgrading, or none when no tool the migrations came from (or were
   * exported to) has applied anything here (a new database: upgrade from base).
   *
   * @throws AdoptionException when the table and the migrations do not match, or the schema drifted
   */
  Set<String> revisions(Connection connection, MigrationSet migrations) throws SQLException {
    List<PriorMatch> matches = new ArrayList<>();
    Set<String> imported = importedTools(migrations);
    Set<String> tools = new LinkedHashSet<>(imported);
    tools.add("liquibase"); // tracetrack:changelog exports any revision to Liquibase
    for (String tool : tools) {
      Optional<PriorHistory> prior = PriorHistory.read(connection, tool);
      // A databasechangelog of some other use, with no changeSet exported from these migrations, is none of ours.
      if (prior.isPresent() && !prior.get().applied().isEmpty()
          && (imported.contains(tool) || !prior.get().exported().isEmpty())) {
        matches.add(PriorMatch.of(prior.get(), migrations));
      }
    }
    if (matches.isEmpty()) {
      return Set.of();
    }
    if (matches.size() > 1) {
      throw new AdoptionException("The database has both " + matches.get(0).prior().table() + " and "
          + matches.get(1).prior().table() + " with applied units; nothing was stamped: adopt it from one tool's history");
    }
    PriorMatch match = matches.get(0);
    String where = match.prior().table() + " records " + match.prior().applied().size() + " applied, up to "
        + last(match.prior().applied()) + ": " + match.describe();
    List<String> drift = drift(connection, migrations, match.ids());
    if (!drift.isEmpty()) {
      throw new AdoptionException("Cannot adopt the database at " + settings.describe() + ": " + where
          + ", but its schema differs from the one the migrations build up to that revision; nothing was stamped."
          + " Differences:", drift);
    }
    log.info("Adopting the database: " + where + "; its schema matches the migrations at that revision."
        + " " + match.prior().table() + " is left as it is");
    return match.ids();
  }

  /** The tools the migrations were imported from. */
  private static Set<String> importedTools(MigrationSet migrations) {
    Set<String> tools = new LinkedHashSet<>();
    for (RevisionInfo revision : migrations.graph().ordered()) {
      ImportedFrom from = migrations.get(revision.id()).migration().getClass().getAnnotation(ImportedFrom.class);
      if (from != null) {
        tools.add(from.tool());
      }
    }
    return tools;
  }

  /**
   * The differences between the live schema and the one the migrations build up to {@code heads}:
   * exactly, by running them in a scratch database; where the role may not create one, by replay,
   * which does not follow SQL the migrations run ({@code op.execute}), so that any difference is
   * reported with that reason and still stamps nothing.
   */
  private List<String> drift(Connection connection, MigrationSet migrations, Set<String> heads) throws SQLException {
    String expectedName = "the migrations at revision " + String.join(", ", heads);
    Optional<Schema> built = builtInScratch(connection, migrations, heads);
    if (built.isPresent()) {
      Schema live = CatalogReader.read(connection, IGNORED_TABLES);
      return SchemaDifferences.describe(built.get(), expectedName, live, "the database");
    }
    log.info("The role " + settings.user() + " may not create a scratch database (CREATEDB): the schema is compared"
        + " with the one replaying the migrations gives, which does not follow the SQL they run");
    SchemaDrift drift = LiveSchemaComparison.compare(connection, migrations.schemaAt(heads), IGNORED_TABLES);
    List<String> differences = SchemaDifferences.describe(drift.expected(), expectedName + " (replayed)", drift.live(),
        "the database");
    if (differences.isEmpty()) {
      return differences;
    }
    List<String> explained = new ArrayList<>(differences);
    explained.add("(replay does not follow SQL the migrations run: if they made these, upgrade as a role with"
        + " CREATEDB, which builds the expected schema by running them in a scratch database)");
    return explained;
  }

  /**
   * Runs the migrations up to the revisions in a scratch database on the same server, as upgrade
   * runs them (SQL that replay cannot follow included), and reads its schema; drops it after.
   * Empty when the role may not create databases.
   */
  private Optional<Schema> builtInScratch(Connection connection, MigrationSet migrations, Set<String> heads)
      throws SQLException {
    String scratch = "tracetrack_adopt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + scratch);
    } catch (SQLException e) {
      if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
        return Optional.empty();
      }
      throw new AdoptionException("Cannot check the schema before adopting the database at " + settings.describe()
          + ": the check builds the expected schema in a scratch database, and CREATE DATABASE failed ("
          + e.getMessage() + "); nothing was stamped");
    }
    try {
      DatabaseSettings scratchSettings = settings.withDatabase(scratch);
      MigrationRunner scratchRunner = new MigrationRunner(scratchSettings, Duration.ofSeconds(10), MigrationLog.silent());
      try {
        heads.forEach(head -> scratchRunner.upgrade(migrations, head));
      } catch (MigrationException e) {
        throw new AdoptionException("Cannot build the schema the migrations give at revision " + String.join(", ", heads)
            + " in a scratch database, to compare with the database to adopt; nothing was stamped: " + e.getMessage());
      }
      try (Connection built = scratchSettings.connect()) {
        return Optional.of(CatalogReader.read(built, IGNORED_TABLES));
      }
    } finally {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
      }
    }
  }

  private static Set<String> ignoredTables() {
    Set<String> ignored = new HashSet<>(PriorHistory.BOOKKEEPING);
    ignored.add(VersionTable.VERSION);
    ignored.add(VersionTable.HISTORY);
    return Set.copyOf(ignored);
  }

  private static String last(List<String> units) {
    return units.get(units.size() - 1);
  }
}
