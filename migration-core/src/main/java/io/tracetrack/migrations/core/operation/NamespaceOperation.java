package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.sql.PostgresSql.quote;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Operations on PostgreSQL schemas (namespaces), for tables named {@code schema.table}. */
public sealed interface NamespaceOperation extends Operation {

  @Override
  default String table() {
    return null;
  }

  /** Creates a PostgreSQL schema. */
  record CreateSchema(String name) implements NamespaceOperation {
    @Override
    public Schema applyTo(Schema schema) {
      if (name.equals(Table.DEFAULT_SCHEMA) || schema.schemas().contains(name)) {
        throw new ReplayException("createSchema: schema \"" + name + "\" already exists");
      }
      Set<String> schemas = new HashSet<>(schema.schemas());
      schemas.add(name);
      return schema.withSchemas(schemas);
    }

    @Override
    public List<String> statements() {
      return List.of("CREATE SCHEMA " + quote(name));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.createSchema($S)", name);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("schema " + Sides.q(name));
    }
  }

  /** Drops an empty PostgreSQL schema. */
  record DropSchema(String name) implements NamespaceOperation {
    @Override
    public Schema applyTo(Schema schema) {
      if (!schema.schemas().contains(name)) {
        throw new ReplayException("dropSchema: schema \"" + name + "\" does not exist");
      }
      for (Table table : schema.tables().values()) {
        if (table.schemaName().equals(name)) {
          throw new ReplayException("dropSchema: schema \"" + name + "\" still holds table \"" + table.name() + "\"");
        }
      }
      SchemaChecks.requireNoElementIn(schema, name, "dropSchema");
      Set<String> schemas = new HashSet<>(schema.schemas());
      schemas.remove(name);
      return schema.withSchemas(schemas);
    }

    @Override
    public List<String> statements() {
      return List.of("DROP SCHEMA " + quote(name));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.dropSchema($S)", name);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyExpected("schema " + Sides.q(name));
    }
  }
}
