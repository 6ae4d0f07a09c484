package io.tracetrack.migrations.core.script;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.loader.LoadedMigration;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RawOperation;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionRange;
import io.tracetrack.migrations.core.runner.VersionTable;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders the SQL an upgrade or downgrade would run, without a database: the version tables'
 * creation, then each migration between {@code BEGIN} and {@code COMMIT} with its version-table
 * update, every statement terminated. Running it with {@code psql -v ON_ERROR_STOP=1} gives the
 * same schema and version table as the live command. Java data steps cannot be rendered: the script
 * names each one in a comment where it would run and in a warning at its top.
 */
public final class SqlScript {

  private SqlScript() {}

  /**
   * An upgrade script for {@code FROM:TO}, or {@code TO} alone from base. Either side takes any
   * absolute target ({@code base}, {@code head}, a revision or prefix, {@code REV+N}).
   */
  public static String upgrade(MigrationSet migrations, String range, MigrationLog log) {
    RevisionGraph graph = migrations.graph();
    RevisionRange fromTo = RevisionRange.parse(range, "base", "heads");
    Set<String> from = graph.resolveTarget(fromTo.from());
    return render(migrations, from, graph.upgradePlan(from, fromTo.to()), "upgrade", fromTo, log);
  }

  /**
   * A downgrade script for {@code FROM:TO}, or {@code TO} alone from the head(s): {@code -N}, a
   * revision or prefix, or {@code base}.
   */
  public static String downgrade(MigrationSet migrations, String range, MigrationLog log) {
    RevisionGraph graph = migrations.graph();
    RevisionRange fromTo = RevisionRange.parse(range, "heads", "-1");
    Set<String> from = graph.resolveTarget(fromTo.from());
    return render(migrations, from, graph.downgradePlan(from, fromTo.to()), "downgrade", fromTo, log);
  }

  private static String render(MigrationSet migrations, Set<String> from, List<PlannedStep> plan, String command,
      RevisionRange fromTo, MigrationLog log) {
    RevisionGraph graph = migrations.graph();
    StringBuilder sql = new StringBuilder();
    sql.append("-- TraceTrack Migrations: ").append(command).append(' ').append(fromTo)
        .append(", ").append(plan.size()).append(plan.size() == 1 ? " migration" : " migrations").append('\n')
        .append("-- Run with: psql -v ON_ERROR_STOP=1 -f <this file>\n\n");
    for (String statement : VersionTable.createStatements()) {
      sql.append(statement).append(";\n\n");
    }
    Set<String> applied = new TreeSet<>(graph.ancestry(from));
    List<String> leftOut = new ArrayList<>();
    for (PlannedStep step : plan) {
      LoadedMigration migration = migrations.get(step.revision().id());
      List<Operation> upgrade = migration.upgradeOperations();
      List<Operation> downgrade = migration.downgradeOperations();
      if (step.upgrade()) {
        applied.add(step.revision().id());
      } else {
        applied.remove(step.revision().id());
      }
      sql.append("-- Running ").append(command).append(' ').append(step.fromTo()).append(", ")
          .append(oneLine(step.revision().message())).append("\n\n");
      // A non-transactional revision's statements (CREATE INDEX CONCURRENTLY...) must run outside
      // a transaction; its version update still gets one of its own.
      boolean transactional = migration.transactional();
      sql.append(transactional ? "BEGIN;\n\n" : "-- Not transactional: each statement commits on its own.\n\n");
      for (Operation operation : step.upgrade() ? upgrade : downgrade) {
        if (operation instanceof RawOperation.RunJava java) {
          leftOut.add(java.describe() + " of revision " + step.revision().describe());
        }
        for (String statement : operation.statements()) {
          sql.append(terminated(statement)).append('\n');
        }
      }
      if (!transactional) {
        sql.append("BEGIN;\n\n");
      }
      for (String statement : VersionTable.setHeadsStatements(graph.headsOf(applied))) {
        sql.append(statement).append(";\n");
      }
      sql.append("INSERT INTO ").append(VersionTable.HISTORY).append(" (revision, direction, message, checksum) VALUES (")
          .append(PostgresSql.literal(step.revision().id())).append(", ").append(PostgresSql.literal(command))
          .append(", ").append(PostgresSql.literal(step.revision().message())).append(", ")
          .append(migration.checksum() == null ? "NULL" : PostgresSql.literal(migration.checksum()))
          .append(");\n\nCOMMIT;\n\n");
    }
    if (!leftOut.isEmpty()) {
      StringBuilder warning = new StringBuilder("-- WARNING: this script leaves out Java data steps, which offline SQL"
          + " cannot contain; apply these migrations with TraceTrack itself:\n");
      leftOut.forEach(step -> warning.append("--   ").append(step.replace('\n', ' ')).append('\n'));
      sql.insert(0, warning.append('\n'));
      leftOut.forEach(step -> log.warn("The SQL script leaves out " + step + ": offline SQL cannot contain Java"));
    }
    return sql.toString();
  }

  private static String terminated(String statement) {
    String trimmed = statement.strip();
    return trimmed.endsWith(";") ? trimmed + "\n" : trimmed + ";\n";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /**
   * Writes a script to a file (parent folders created), or to standard output when {@code file}
   * is {@code -}; returns the file, or null for standard output.
   */
  public static Path write(String script, String file) {
    if (file.equals("-")) {
      System.out.print(script);
      System.out.flush();
      return null;
    }
    Path path = Path.of(file).toAbsolutePath();
    try {
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, script, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MigrationException("Cannot write the SQL script to " + path + ": " + e.getMessage(), e);
    }
    return path;
  }
}
