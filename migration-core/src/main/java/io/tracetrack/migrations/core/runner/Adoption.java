package io.tracetrack.migrations.core.runner;

import io.tracetrack.migrations.ImportedFrom;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.check.SchemaDifferences;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.introspect.CatalogReader;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Adopting a database that Flyway or Liquibase kept: on a database TraceTrack has never migrated,
 * the old tool's table ({@link PriorHistory}) names the units applied; the imported migrations
 * ({@link ImportedFrom}) that hold exactly those units, in order, end at the revision the database
 * is at. That revision is stamped only when the live schema equals the schema the migrations build
 * up to it, in a scratch database on the same server that is dropped afterwards. The old tool's
 * table is read, never written.
 */
final class Adoption {
  private static final Set<String> IGNORED_TABLES = ignoredTables();

  private final DatabaseSettings settings;
  private final MigrationLog log;

  Adoption(DatabaseSettings settings, MigrationLog log) {
    this.settings = settings;
    this.log = log;
  }

  /** A matched revision: the last imported migration whose units the old tool applied. */
  private record Match(PriorHistory prior, RevisionInfo revision) {}

  /**
   * The revision to stamp before upgrading, or empty when no tool the migrations were imported from
   * has applied anything here (a new database: upgrade from base).
   *
   * @throws AdoptionException when the table and the migrations do not match, or the schema drifted
   */
  Optional<String> revision(Connection connection, MigrationSet migrations) throws SQLException {
    List<Match> matches = new ArrayList<>();
    for (Map.Entry<String, List<RevisionInfo>> imported : importedByTool(migrations).entrySet()) {
      Optional<PriorHistory> prior = PriorHistory.read(connection, imported.getKey());
      if (prior.isPresent() && !prior.get().applied().isEmpty()) {
        matches.add(match(prior.get(), imported.getValue(), migrations));
      }
    }
    if (matches.isEmpty()) {
      return Optional.empty();
    }
    if (matches.size() > 1) {
      throw new AdoptionException("The database has both " + matches.get(0).prior().table() + " and "
          + matches.get(1).prior().table() + " with applied units; nothing was stamped: adopt it from one tool's history");
    }
    Match match = matches.get(0);
    String where = match.prior().table() + " records " + match.prior().applied().size() + " applied, up to "
        + last(match.prior().applied()) + ": revision " + match.revision().describe();
    List<String> drift = drift(connection, migrations, match.revision());
    if (!drift.isEmpty()) {
      throw new AdoptionException("Cannot adopt the database at " + settings.describe() + ": " + where
          + ", but its schema differs from the one the migrations build up to that revision; nothing was stamped."
          + " Differences:", drift);
    }
    log.info("Adopting the database: " + where + "; its schema matches the migrations at that revision."
        + " " + match.prior().table() + " is left as it is");
    return Optional.of(match.revision().id());
  }

  /** Imported migrations in the graph's order, by the tool they came from. */
  private static Map<String, List<RevisionInfo>> importedByTool(MigrationSet migrations) {
    Map<String, List<RevisionInfo>> byTool = new LinkedHashMap<>();
    for (RevisionInfo revision : migrations.graph().ordered()) {
      ImportedFrom from = importedFrom(migrations, revision);
      if (from != null) {
        byTool.computeIfAbsent(from.tool(), t -> new ArrayList<>()).add(revision);
      }
    }
    return byTool;
  }

  private static ImportedFrom importedFrom(MigrationSet migrations, RevisionInfo revision) {
    return migrations.get(revision.id()).migration().getClass().getAnnotation(ImportedFrom.class);
  }

  /**
   * The last migration of the chain with an applied unit, after checking that every unit of it and
   * of the migrations before it is applied, and that every applied unit is in one of them.
   */
  private static Match match(PriorHistory prior, List<RevisionInfo> chain, MigrationSet migrations) {
    Set<String> applied = new LinkedHashSet<>(prior.applied());
    Set<String> carried = new HashSet<>();
    List<String> notApplied = new ArrayList<>();
    RevisionInfo last = null;
    List<String> pendingBefore = new ArrayList<>();
    for (RevisionInfo revision : chain) {
      List<String> units = Arrays.stream(importedFrom(migrations, revision).units())
          .map(unit -> PriorHistory.normalize(prior.tool(), unit)).toList();
      carried.addAll(units);
      List<String> missing = units.stream().filter(u -> !applied.contains(u)).toList();
      if (missing.size() < units.size()) {
        last = revision;
        notApplied.addAll(pendingBefore);
        pendingBefore.clear();
        notApplied.addAll(missing);
      } else {
        pendingBefore.addAll(missing);
      }
    }
    List<String> unknown = applied.stream().filter(u -> !carried.contains(u)).toList();
    if (!unknown.isEmpty()) {
      throw new AdoptionException(prior.table() + " records " + String.join(", ", unknown) + " as applied, which no"
          + " imported migration holds; nothing was stamped: import the " + prior.tool() + " history again");
    }
    if (!notApplied.isEmpty()) {
      throw new AdoptionException(prior.table() + " does not record " + String.join(", ", notApplied)
          + " as applied, though later ones are; nothing was stamped: the database is not at one revision");
    }
    return new Match(prior, last);
  }

  /** The differences between the live schema and the one the migrations build up to {@code revision}. */
  private List<String> drift(Connection connection, MigrationSet migrations, RevisionInfo revision)
      throws SQLException {
    Schema live = CatalogReader.read(connection, IGNORED_TABLES);
    Schema expected = expectedSchema(connection, migrations, revision.id());
    return SchemaDifferences.describe(expected, "the migrations at revision " + revision.id(), live, "the database");
  }

  /**
   * Runs the migrations up to the revision in a scratch database on the same server, as upgrade
   * runs them (SQL that replay cannot follow included), and reads its schema; drops it after.
   */
  private Schema expectedSchema(Connection connection, MigrationSet migrations, String revision) throws SQLException {
    String scratch = "tracetrack_adopt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + scratch);
    } catch (SQLException e) {
      throw new AdoptionException("Cannot check the schema before adopting the database at " + settings.describe()
          + ": the check builds the expected schema in a scratch database, and CREATE DATABASE failed ("
          + e.getMessage() + "); nothing was stamped. Run upgrade as a role with CREATEDB");
    }
    try {
      DatabaseSettings scratchSettings = settings.withDatabase(scratch);
      try {
        new MigrationRunner(scratchSettings, Duration.ofSeconds(10), MigrationLog.silent()).upgrade(migrations, revision);
      } catch (MigrationException e) {
        throw new AdoptionException("Cannot build the schema the migrations give at revision " + revision
            + " in a scratch database, to compare with the database to adopt; nothing was stamped: " + e.getMessage());
      }
      try (Connection built = scratchSettings.connect()) {
        return CatalogReader.read(built, IGNORED_TABLES);
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
