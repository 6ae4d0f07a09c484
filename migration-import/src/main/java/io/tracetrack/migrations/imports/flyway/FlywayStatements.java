package io.tracetrack.migrations.imports.flyway;

import io.tracetrack.migrations.imports.ImportException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resource.StringResource;
import org.flywaydb.core.internal.sqlscript.SqlStatement;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;
import org.flywaydb.database.postgresql.PostgreSQLParser;

/**
 * A script's statements as Flyway itself splits them for PostgreSQL (dollar-quoted bodies, {@code
 * BEGIN ATOMIC} blocks and comments kept whole), and whether all of them may run in a transaction
 * ({@code CREATE INDEX CONCURRENTLY} may not).
 */
record FlywayStatements(List<String> sql, boolean transactional) {

  static FlywayStatements parse(Configuration configuration, String file, String text) {
    List<String> sql = new ArrayList<>();
    boolean transactional = true;
    PostgreSQLParser parser = new PostgreSQLParser(configuration, new ParsingContext());
    try (SqlStatementIterator statements = parser.parse(new StringResource(text))) {
      while (statements.hasNext()) {
        SqlStatement statement = statements.next();
        sql.add(statement.getSql().strip());
        transactional &= statement.canExecuteInTransaction();
      }
    } catch (RuntimeException e) {
      throw new ImportException(file, null, "Flyway cannot parse it: " + e.getMessage(), e);
    }
    return new FlywayStatements(List.copyOf(sql), transactional);
  }
}
