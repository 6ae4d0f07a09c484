package io.tracetrack.migrations.core.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a snapshot's canonical JSON field by field with Jackson's streaming generator: the annotation
 * processor writes some 2 MB of it on every compile. The bytes are those earlier versions bound
 * from JSON records (their property order, pretty printing, and inclusion: no null or empty value,
 * not even in a map of renamed enum values, but a column's fields, identity options and standalone
 * elements leave out only nulls); {@link SnapshotReader} reads them back.
 */
final class SnapshotWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator json;
  private final RenameHints renames;

  private SnapshotWriter(JsonGenerator json, RenameHints renames) {
    this.json = json;
    this.renames = renames;
  }

  /** The snapshot's JSON text in the given format, ending with a line break. */
  static String write(Snapshot snapshot, int format) {
    StringWriter text = new StringWriter(64 * 1024);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      new SnapshotWriter(json, snapshot.renames()).file(snapshot, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.append('\n').toString();
  }

  private void file(Snapshot snapshot, int format) throws IOException {
    Schema schema = snapshot.schema();
    json.writeStartObject();
    json.writeNumberField("format", format);
    strings("externalSchemas", List.copyOf(snapshot.externalSchemas()));
    if (!schema.tables().isEmpty()) {
      json.writeArrayFieldStart("tables");
      for (Table table : schema.tables().values()) {
        table(table, snapshot.entities().get(table.name()));
      }
      json.writeEndArray();
    }
    if (!schema.enums().isEmpty()) {
      json.writeArrayFieldStart("enums");
      for (EnumType type : schema.enums().values()) {
        enumType(type);
      }
      json.writeEndArray();
    }
    for (ElementKind<?> kind : schema.elements().keySet()) {
      elements(schema, kind);
    }
    json.writeEndObject();
  }

  /** A kind's elements, each an object of its fields without nulls. */
  private <T> void elements(Schema schema, ElementKind<T> kind) throws IOException {
    json.writeArrayFieldStart(kind.jsonKey());
    for (T element : schema.elements(kind).values()) {
      json.writeStartObject();
      for (Map.Entry<String, Object> field : kind.json().write().apply(element).entrySet()) {
        scalar(field.getKey(), field.getValue());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void scalar(String field, Object value) throws IOException {
    if (value instanceof String text) {
      json.writeStringField(field, text);
    } else if (value instanceof Long number) {
      json.writeNumberField(field, number);
    } else if (value instanceof Integer number) {
      json.writeNumberField(field, number);
    } else if (value instanceof Boolean flag) {
      json.writeBooleanField(field, flag);
    } else if (value != null) {
      throw new IllegalArgumentException("\"" + field + "\" is neither a string, a whole number nor a flag: " + value);
    }
  }

  private void table(Table table, String entity) throws IOException {
    String name = table.name();
    json.writeStartObject();
    string("name", name);
    string("entity", entity);
    string("renamedFrom", renames.tables().get(name));
    string("comment", table.comment());
    Map<String, String> columnRenames = renames.columns().getOrDefault(name, Map.of());
    if (!table.columns().isEmpty()) {
      json.writeArrayFieldStart("columns");
      for (Column column : table.columns()) {
        column(column, columnRenames.get(column.name()));
      }
      json.writeEndArray();
    }
    strings("primaryKey", table.primaryKey());
    Map<String, String> constraintRenames = renames.constraints().getOrDefault(name, Map.of());
    if (!table.uniqueConstraints().isEmpty()) {
      json.writeArrayFieldStart("uniqueConstraints");
      for (UniqueConstraint unique : table.uniqueConstraints()) {
        json.writeStartObject();
        string("name", unique.name());
        string("renamedFrom", constraintRenames.get(unique.name()));
        strings("columns", unique.columns());
        trueOnly("nullsNotDistinct", unique.nullsNotDistinct());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    indexes(table.indexes(), renames.indexes().getOrDefault(name, Map.of()));
    if (!table.foreignKeys().isEmpty()) {
      json.writeArrayFieldStart("foreignKeys");
      for (ForeignKey key : table.foreignKeys()) {
        foreignKey(key);
      }
      json.writeEndArray();
    }
    if (!table.checkConstraints().isEmpty()) {
      json.writeArrayFieldStart("checkConstraints");
      for (CheckConstraint check : table.checkConstraints()) {
        json.writeStartObject();
        string("name", check.name());
        string("renamedFrom", constraintRenames.get(check.name()));
        string("expression", check.expression());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** A column leaves out only null fields: an empty default or comment is written. */
  private void column(Column column, String renamedFrom) throws IOException {
    json.writeStartObject();
    stringOrNothing("name", column.name());
    stringOrNothing("renamedFrom", renamedFrom);
    stringOrNothing("type", column.type());
    json.writeBooleanField("nullable", column.nullable());
    stringOrNothing("serverDefault", column.serverDefault());
    stringOrNothing("identity", column.identity());
    stringOrNothing("comment", column.comment());
    if (column.identityOptions() != null) {
      identityOptions(column.identityOptions());
    }
    stringOrNothing("generated", column.generated());
    stringOrNothing("collation", column.collation());
    if (column.ownedSequence() != null) {
      json.writeObjectFieldStart("sequence");
      string("name", column.ownedSequence().name());
      string("type", column.ownedSequence().type());
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** Only the options that differ from PostgreSQL's defaults are set. */
  private void identityOptions(IdentityOptions options) throws IOException {
    json.writeObjectFieldStart("identityOptions");
    scalar("start", options.start());
    scalar("increment", options.increment());
    scalar("minValue", options.minValue());
    scalar("maxValue", options.maxValue());
    scalar("cache", options.cache());
    scalar("cycle", options.cycle());
    json.writeEndObject();
  }

  /** Plain column keys as {@code columns} and {@code descending}; any other key as {@code keys}. */
  private void indexes(List<Index> indexes, Map<String, String> indexRenames) throws IOException {
    if (indexes.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("indexes");
    for (Index index : indexes) {
      boolean plain = index.columns().stream().allMatch(c -> !c.expression() && c.nulls() == null && c.opclass() == null);
      json.writeStartObject();
      string("name", index.name());
      string("renamedFrom", indexRenames.get(index.name()));
      if (plain) {
        strings("columns", index.columnNames());
        strings("descending", index.columns().stream().filter(Index.IndexColumn::descending).map(Index.IndexColumn::name).toList());
      } else if (!index.columns().isEmpty()) {
        json.writeArrayFieldStart("keys");
        for (Index.IndexColumn key : index.columns()) {
          indexKey(key);
        }
        json.writeEndArray();
      }
      strings("include", index.include());
      json.writeBooleanField("unique", index.unique());
      string("method", index.method().equals(Index.BTREE) ? null : index.method());
      string("where", index.where());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void indexKey(Index.IndexColumn key) throws IOException {
    json.writeStartObject();
    string(key.expression() ? "expression" : "column", key.name());
    trueOnly("descending", key.descending());
    string("nulls", key.nulls());
    string("opclass", key.opclass());
    json.writeEndObject();
  }

  /** The defaults (simple match, no action, not deferrable) are left out. */
  private void foreignKey(ForeignKey key) throws IOException {
    json.writeStartObject();
    string("name", key.name());
    strings("columns", key.columns());
    string("referencedTable", key.referencedTable());
    strings("referencedColumns", key.referencedColumns());
    string("match", key.match().equals(ForeignKey.MATCH_SIMPLE) ? null : key.match());
    string("onDelete", key.onDelete().equals(ForeignKey.NO_ACTION) ? null : key.onDelete());
    string("onUpdate", key.onUpdate().equals(ForeignKey.NO_ACTION) ? null : key.onUpdate());
    trueOnly("deferrable", key.deferrable());
    trueOnly("initiallyDeferred", key.initiallyDeferred());
    json.writeEndObject();
  }

  private void enumType(EnumType type) throws IOException {
    json.writeStartObject();
    string("name", type.name());
    string("renamedFrom", renames.enumTypes().get(type.name()));
    strings("values", type.values());
    Map<String, String> renamedValues = renames.enumValuesRenamed(type.name());
    if (!renamedValues.isEmpty()) {
      json.writeObjectFieldStart("renamedValues");
      for (Map.Entry<String, String> renamed : renamedValues.entrySet()) {
        string(renamed.getKey(), renamed.getValue());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** A string field, left out when null or empty. */
  private void string(String field, String value) throws IOException {
    if (value != null && !value.isEmpty()) {
      json.writeStringField(field, value);
    }
  }

  /** A string field, left out only when null. */
  private void stringOrNothing(String field, String value) throws IOException {
    if (value != null) {
      json.writeStringField(field, value);
    }
  }

  /** A list of strings, left out when empty. */
  private void strings(String field, List<String> values) throws IOException {
    if (values == null || values.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** A flag written only when set: {@code true} or nothing. */
  private void trueOnly(String field, boolean value) throws IOException {
    if (value) {
      json.writeBooleanField(field, true);
    }
  }
}
