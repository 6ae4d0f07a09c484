package io.tracetrack.migrations.core.diff;

import static io.tracetrack.migrations.core.testsupport.Schemas.col;
import static io.tracetrack.migrations.core.testsupport.Schemas.notNull;
import static io.tracetrack.migrations.core.testsupport.Schemas.schema;
import static io.tracetrack.migrations.core.testsupport.Schemas.table;
import static io.tracetrack.migrations.core.testsupport.Schemas.unique;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Pairs of schemas, one per kind of change, shared by the diff and code generation tests. */
public final class SchemaDiffCases {

  private SchemaDiffCases() {}

  public static final Table USER = table("user",
      List.of(notNull("id", "bigint"), notNull("name", "varchar(100)"), col("email", "varchar(255)")),
      List.of("id"), unique("user_email_key", "email"));

  public static final Table POST = table("post",
      List.of(notNull("id", "bigint"), notNull("user_id", "bigint"), col("title", "text")), List.of("id"));

  /** A name, the schema before and the schema after. */
  public static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("add table", schema(USER), schema(USER, POST)),
        Arguments.of("add first table", Schema.EMPTY, schema(USER)),
        Arguments.of("drop table", schema(USER, POST), schema(USER)),
        Arguments.of("add column", schema(USER), schema(withColumns(USER, col("last_login", "timestamp")))),
        Arguments.of("add NOT NULL column with default", schema(USER),
            schema(withColumns(USER, new Column("visits", "integer", false, "0")))),
        Arguments.of("drop column", schema(withColumns(USER, col("last_login", "timestamp"))), schema(USER)),
        Arguments.of("drop uniquely constrained column", schema(USER),
            schema(table("user", List.of(notNull("id", "bigint"), notNull("name", "varchar(100)")), List.of("id")))),
        Arguments.of("widen type", schema(USER), schema(replace(USER, notNull("name", "varchar(200)")))),
        Arguments.of("narrow type", schema(USER), schema(replace(USER, notNull("name", "varchar(50)")))),
        Arguments.of("set NOT NULL", schema(USER), schema(replace(USER, notNull("email", "varchar(255)")))),
        Arguments.of("drop NOT NULL", schema(USER), schema(replace(USER, col("name", "varchar(100)")))),
        Arguments.of("add server default", schema(USER),
            schema(replace(USER, new Column("name", "varchar(100)", false, "'anonymous'")))),
        Arguments.of("remove server default", schema(replace(USER, new Column("name", "varchar(100)", false, "'x'"))),
            schema(USER)),
        Arguments.of("change server default", schema(replace(USER, new Column("name", "varchar(100)", false, "'x'"))),
            schema(replace(USER, new Column("name", "varchar(100)", false, "'y'")))),
        Arguments.of("type, default and nullability at once", schema(USER),
            schema(replace(USER, new Column("email", "text", false, "''")))),
        Arguments.of("add unique constraint", schema(USER),
            schema(withUniques(USER, unique("user_email_key", "email"), unique("user_name_key", "name")))),
        Arguments.of("drop unique constraint", schema(USER), schema(withUniques(USER))),
        Arguments.of("change columns of a unique constraint", schema(USER),
            schema(withUniques(USER, unique("user_email_key", "email", "name")))),
        Arguments.of("add primary key", schema(table("log", List.of(col("id", "bigint"), col("line", "text")), List.of())),
            schema(table("log", List.of(notNull("id", "bigint"), col("line", "text")), List.of("id")))),
        Arguments.of("drop primary key", schema(table("log", List.of(notNull("id", "bigint"), col("line", "text")), List.of("id"))),
            schema(table("log", List.of(col("id", "bigint"), col("line", "text")), List.of()))),
        Arguments.of("change primary key to a new column", schema(USER),
            schema(table("user", List.of(notNull("uuid", "uuid"), notNull("name", "varchar(100)"), col("email", "varchar(255)")),
                List.of("uuid"), unique("user_email_key", "email")))),
        Arguments.of("reorder composite primary key",
            schema(table("m", List.of(notNull("a", "integer"), notNull("b", "integer")), List.of("a", "b"))),
            schema(table("m", List.of(notNull("a", "integer"), notNull("b", "integer")), List.of("b", "a")))),
        Arguments.of("many changes in many tables", schema(USER, POST, table("old", List.of(col("x", "text")), List.of())),
            schema(replace(withColumns(USER, col("bio", "text")), col("email", "text")),
                withUniques(replace(POST, notNull("title", "text")), unique("post_title_key", "title")),
                table("comment", List.of(notNull("id", "bigint"), col("body", "text")), List.of("id")))));
  }

  public static Table withColumns(Table table, Column... extra) {
    List<Column> columns = new java.util.ArrayList<>(table.columns());
    columns.addAll(List.of(extra));
    return new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints());
  }

  public static Table replace(Table table, Column changed) {
    List<Column> columns = table.columns().stream().map(c -> c.name().equals(changed.name()) ? changed : c).toList();
    return new Table(table.name(), columns, table.primaryKey(), table.uniqueConstraints());
  }

  public static Table withUniques(Table table, io.tracetrack.migrations.core.schema.UniqueConstraint... uniques) {
    return new Table(table.name(), table.columns(), table.primaryKey(), List.of(uniques));
  }
}
