package io.tracetrack.migrations.core.operation;

import static io.tracetrack.migrations.core.operation.SchemaChecks.enumType;
import static io.tracetrack.migrations.core.sql.PostgresSql.literal;
import static io.tracetrack.migrations.core.sql.PostgresSql.quote;

import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.NamingConvention;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.SqlTypes;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.core.sql.PostgresSql;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Operations on native enum types. */
public sealed interface EnumOperation extends Operation {

  @Override
  default String table() {
    return null;
  }

  /** Creates a native enum type: {@code CREATE TYPE name AS ENUM (values...)}. */
  record CreateEnumType(EnumType type) implements EnumOperation {
    @Override
    public Schema applyTo(Schema schema) {
      if (schema.enumType(type.name()).isPresent()) {
        throw new ReplayException("createEnumType: type \"" + type.name() + "\" already exists");
      }
      return schema.withEnum(type);
    }

    @Override
    public List<String> statements() {
      return List.of("CREATE TYPE " + quote(type.name()) + " AS ENUM ("
          + type.values().stream().map(PostgresSql::literal).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.createEnumType($S, $L)", type.name(), JavaCode.strings(type.values()));
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("enum type " + Sides.q(type.name()) + " " + Sides.values(type.values()));
    }
  }

  /** Drops an enum type that no column uses. */
  record DropEnumType(String name) implements EnumOperation {
    @Override
    public Schema applyTo(Schema schema) {
      enumType(schema, name, "dropEnumType");
      for (Table table : schema.tables().values()) {
        for (Column column : table.columns()) {
          if (SqlTypes.elementType(column.type()).equals(name)) {
            throw new ReplayException("dropEnumType: type \"" + name + "\" is used by column \"" + column.name()
                + "\" of \"" + table.name() + "\"");
          }
        }
      }
      return schema.withoutEnum(name);
    }

    @Override
    public List<String> statements() {
      return List.of("DROP TYPE " + quote(name));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.dropEnumType($S)", name);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyExpected("enum type " + Sides.q(name));
    }
  }

  /** Adds a value to an enum type, before an existing value, or last when {@code before} is null. */
  record AddEnumValue(String type, String value, String before) implements EnumOperation {
    @Override
    public Schema applyTo(Schema schema) {
      EnumType current = enumType(schema, type, "addEnumValue");
      if (current.values().contains(value)) {
        throw new ReplayException("addEnumValue: type \"" + type + "\" already has value \"" + value + "\"");
      }
      List<String> values = new ArrayList<>(current.values());
      if (before == null) {
        values.add(value);
      } else {
        int at = values.indexOf(before);
        if (at < 0) {
          throw new ReplayException("addEnumValue: type \"" + type + "\" has no value \"" + before + "\"");
        }
        values.add(at, value);
      }
      return schema.withEnum(new EnumType(current.name(), values));
    }

    @Override
    public List<String> statements() {
      return List.of("ALTER TYPE " + quote(type) + " ADD VALUE " + literal(value)
          + (before == null ? "" : " BEFORE " + literal(before)));
    }

    @Override
    public List<CodeBlock> java() {
      return before == null ? JavaCode.call("op.addEnumValue($S, $S)", type, value)
          : JavaCode.call("op.addEnumValueBefore($S, $S, $S)", type, value, before);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyActual("value " + literal(value) + " of enum type " + Sides.q(type));
    }
  }

  /**
   * Removes a value from an enum type. PostgreSQL has no statement for it: the type is replaced by
   * one without the value and every column of the type converted, which fails while a row holds it.
   */
  record DropEnumValue(String type, String value) implements EnumOperation {
    @Override
    public Schema applyTo(Schema schema) {
      EnumType current = enumType(schema, type, "dropEnumValue");
      if (!current.values().contains(value)) {
        throw new ReplayException("dropEnumValue: type \"" + type + "\" has no value \"" + value + "\"");
      }
      if (current.values().size() == 1) {
        throw new ReplayException("dropEnumValue: \"" + value + "\" is the last value of \"" + type
            + "\"; drop the type instead");
      }
      List<String> values = new ArrayList<>(current.values());
      values.remove(value);
      return schema.withEnum(new EnumType(current.name(), values));
    }

    /**
     * The type is renamed, a new one made without the value, and every column of the old type
     * converted (its default carried over), then the old type dropped.
     */
    @Override
    public List<String> statements() {
      String old = NamingConvention.fit(type + "__tt_old");
      String quoted = quote(type).replace("'", "''");
      return List.of(PostgresSql.doBlock("DECLARE\n"
          + "  labels text;\n"
          + "  r record;\n"
          + "BEGIN\n"
          + "  SELECT string_agg(quote_literal(enumlabel), ', ' ORDER BY enumsortorder) INTO labels FROM pg_enum\n"
          + "    WHERE enumtypid = " + literal(quote(type)) + "::regtype AND enumlabel <> " + literal(value) + ";\n"
          + "  ALTER TYPE " + quote(type) + " RENAME TO " + quote(old) + ";\n"
          + "  EXECUTE 'CREATE TYPE " + quoted + " AS ENUM (' || labels || ')';\n"
          + "  FOR r IN SELECT n.nspname, c.relname, a.attname, pg_get_expr(d.adbin, d.adrelid) AS def\n"
          + "      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace\n"
          + "      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum\n"
          + "      WHERE a.atttypid = " + literal(quote(old)) + "::regtype AND c.relkind IN ('r', 'p') AND NOT a.attisdropped LOOP\n"
          + "    IF r.def IS NOT NULL THEN\n"
          + "      EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I DROP DEFAULT', r.nspname, r.relname, r.attname);\n"
          + "    END IF;\n"
          + "    EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I TYPE " + quoted
          + " USING %I::text::" + quoted + "', r.nspname, r.relname, r.attname, r.attname);\n"
          + "    IF r.def IS NOT NULL THEN\n"
          + "      EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I SET DEFAULT %s', r.nspname, r.relname, r.attname,\n"
          + "        replace(r.def, " + literal(old) + ", " + literal(type) + "));\n"
          + "    END IF;\n"
          + "  END LOOP;\n"
          + "  DROP TYPE " + quote(old) + ";\n"
          + "END"));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.dropEnumValue($S, $S)", type, value);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.onlyExpected("value " + literal(value) + " of enum type " + Sides.q(type));
    }
  }

  /** Renames an enum type; columns of the type (and arrays of it) follow. */
  record RenameEnumType(String name, String newName) implements EnumOperation {
    @Override
    public Schema applyTo(Schema schema) {
      EnumType current = enumType(schema, name, "renameEnumType");
      if (schema.enumType(newName).isPresent()) {
        throw new ReplayException("renameEnumType: type \"" + newName + "\" already exists");
      }
      EnumType renamed;
      try {
        renamed = new EnumType(newName, current.values());
      } catch (IllegalArgumentException e) {
        throw new ReplayException("renameEnumType: " + e.getMessage());
      }
      Schema result = schema.withoutEnum(name).withEnum(renamed);
      for (Table table : schema.tables().values()) {
        List<Column> columns = table.columns().stream().map(c -> SqlTypes.elementType(c.type()).equals(name)
            ? c.withType(newName + c.type().substring(name.length())) : c).toList();
        result = result.withTable(table.withColumns(columns));
      }
      return result;
    }

    @Override
    public List<String> statements() {
      return List.of("ALTER TYPE " + quote(name) + " RENAME TO " + quote(newName));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.renameEnumType($S, $S)", name, newName);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.renamed("enum type " + Sides.q(name), newName);
    }
  }

  /** Renames a value of an enum type, in place: rows holding it hold the new label. */
  record RenameEnumValue(String type, String value, String newValue) implements EnumOperation {
    @Override
    public Schema applyTo(Schema schema) {
      EnumType current = enumType(schema, type, "renameEnumValue");
      if (!current.values().contains(value)) {
        throw new ReplayException("renameEnumValue: type \"" + type + "\" has no value \"" + value + "\"");
      }
      if (current.values().contains(newValue)) {
        throw new ReplayException("renameEnumValue: type \"" + type + "\" already has a value \"" + newValue + "\"");
      }
      return schema.withEnum(new EnumType(type, current.values().stream().map(v -> v.equals(value) ? newValue : v).toList()));
    }

    @Override
    public List<String> statements() {
      return List.of("ALTER TYPE " + quote(type) + " RENAME VALUE " + literal(value) + " TO " + literal(newValue));
    }

    @Override
    public List<CodeBlock> java() {
      return JavaCode.call("op.renameEnumValue($S, $S, $S)", type, value, newValue);
    }

    @Override
    public String difference(Operation inverse, Sides sides) {
      return sides.renamed("value " + literal(value) + " of enum type " + Sides.q(type), newValue);
    }
  }
}
