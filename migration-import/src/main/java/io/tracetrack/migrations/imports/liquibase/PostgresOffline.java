package io.tracetrack.migrations.imports.liquibase;

import io.tracetrack.migrations.core.schema.SqlTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import liquibase.change.Change;
import liquibase.database.Database;
import liquibase.database.OfflineConnection;
import liquibase.database.core.PostgresDatabase;
import liquibase.datatype.DataTypeFactory;
import liquibase.datatype.LiquibaseDataType;
import liquibase.exception.RollbackImpossibleException;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * Liquibase's own PostgreSQL, without a server: what Liquibase would run for a change, how it
 * spells a type and a default value. Its SQL is what an imported migration runs where no
 * operation says what a change does, so the two tools run the same statements.
 */
final class PostgresOffline {
  private final PostgresDatabase database;

  PostgresOffline(ResourceAccessor resources) {
    database = new PostgresDatabase();
    database.setConnection(new OfflineConnection("offline:postgresql?version=17", resources));
  }

  Database database() {
    return database;
  }

  /** The statements Liquibase runs for a change, without terminating semicolons. */
  List<String> sql(Change change) {
    return sql(change.generateStatements(database));
  }

  /** The statements of Liquibase's own inverse of a change, or null when it has none. */
  List<String> undoSql(Change change) {
    if (!change.supportsRollback(database)) {
      return null;
    }
    try {
      return sql(change.generateRollbackStatements(database));
    } catch (RollbackImpossibleException | RuntimeException e) {
      return null;
    }
  }

  private List<String> sql(SqlStatement[] statements) {
    List<String> sql = new ArrayList<>();
    for (Sql one : SqlGeneratorFactory.getInstance().generateSql(statements, database)) {
      String text = one.toSql().strip();
      while (text.endsWith(";")) {
        text = text.substring(0, text.length() - 1).strip();
      }
      if (!text.isEmpty()) {
        sql.add(text);
      }
    }
    return sql;
  }

  /** A Liquibase type ({@code int}, {@code datetime}, {@code varchar(80)}) as PostgreSQL spells it. */
  String type(String liquibaseType, boolean autoIncrement) {
    LiquibaseDataType type = DataTypeFactory.getInstance().fromDescription(
        liquibaseType + (autoIncrement ? "{autoIncrement:true}" : ""), database);
    return SqlTypes.canonical(type.toDatabaseDataType(database).toSql());
  }

  /** A default value as the SQL expression Liquibase writes for it on a column of this type. */
  String defaultValue(Object value, String liquibaseType) {
    LiquibaseDataType type = DataTypeFactory.getInstance().fromDescription(liquibaseType, database);
    return type.objectToSql(value, database);
  }

  /** A name as PostgreSQL stores it when Liquibase leaves it unquoted: folded to lower case. */
  String name(String name) {
    return name == null ? null : database.correctObjectName(name, liquibase.structure.core.Table.class);
  }

  /** A comma-separated list of names, each as {@link #name} stores it. */
  List<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(this::name).toList();
  }
}
