package io.tracetrack.migrations.core.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema the entities describe, as the annotation processor writes it to {@link #RESOURCE}:
 * canonical JSON (tables sorted by name, no timestamps) so the same entities always give the same
 * bytes. {@code entities} maps each table to the class it came from, for messages and for
 * incremental compilation.
 */
public record Snapshot(Schema schema, Map<String, String> entities) {

  /** Where the snapshot lives on the class path. */
  public static final String RESOURCE = "META-INF/tracetrack/schema.json";

  /** The format this version writes and the newest it reads. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

  public Snapshot {
    entities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(entities));
  }

  public static final Snapshot EMPTY = new Snapshot(Schema.EMPTY, Map.of());

  /** Combines snapshots from several modules; one table declared in two is an error. */
  public static Snapshot merge(Collection<Snapshot> snapshots) {
    Map<String, Table> tables = new TreeMap<>();
    Map<String, String> entities = new TreeMap<>();
    for (Snapshot snapshot : snapshots) {
      for (Table table : snapshot.schema().tables().values()) {
        if (tables.containsKey(table.name())) {
          throw new SnapshotException("Table \"" + table.name() + "\" is declared twice: by "
              + entities.get(table.name()) + " and by " + snapshot.entities().get(table.name()));
        }
        tables.put(table.name(), table);
        entities.put(table.name(), snapshot.entities().get(table.name()));
      }
    }
    return new Snapshot(new Schema(tables), entities);
  }

  /** Reads a snapshot; {@code origin} names the file in error messages. */
  public static Snapshot read(InputStream in, String origin) {
    FileJson file;
    try {
      file = JSON.readValue(in, FileJson.class);
    } catch (JsonProcessingException e) {
      throw new SnapshotException("Schema snapshot " + origin + " is not valid JSON: " + e.getOriginalMessage()
          + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
    } catch (IOException e) {
      throw new SnapshotException("Cannot read schema snapshot " + origin + ": " + e.getMessage(), e);
    }
    if (file == null || file.format() == null) {
      throw new SnapshotException("Schema snapshot " + origin + " has no \"format\" field");
    }
    if (file.format() > FORMAT) {
      throw new SnapshotException("Schema snapshot " + origin + " has format " + file.format()
          + ", newer than the " + FORMAT + " this version reads: upgrade the tracetrack plugin to match the processor");
    }
    List<Table> tables = new ArrayList<>();
    Map<String, String> entities = new TreeMap<>();
    try {
      for (TableJson t : file.tables() == null ? List.<TableJson>of() : file.tables()) {
        tables.add(t.toTable());
        if (t.entity() != null) {
          entities.put(t.name(), t.entity());
        }
      }
      return new Snapshot(Schema.of(tables), entities);
    } catch (RuntimeException e) {
      throw new SnapshotException("Schema snapshot " + origin + " is not valid: " + e.getMessage(), e);
    }
  }

  /** The canonical JSON text of this snapshot. */
  public String toJson() {
    List<TableJson> tables = new ArrayList<>();
    for (Table table : schema.tables().values()) {
      tables.add(TableJson.of(table, entities.get(table.name())));
    }
    try {
      return JSON.writeValueAsString(new FileJson(FORMAT, tables)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @JsonPropertyOrder({"format", "tables"})
  record FileJson(Integer format, List<TableJson> tables) {}

  @JsonPropertyOrder({"name", "entity", "columns", "primaryKey", "uniqueConstraints"})
  record TableJson(
      String name, String entity, List<ColumnJson> columns, List<String> primaryKey,
      List<UniqueJson> uniqueConstraints) {

    static TableJson of(Table table, String entity) {
      return new TableJson(
          table.name(),
          entity,
          table.columns().stream().map(ColumnJson::of).toList(),
          table.primaryKey(),
          table.uniqueConstraints().stream().map(u -> new UniqueJson(u.name(), u.columns())).toList());
    }

    Table toTable() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a table has no name");
      }
      return new Table(
          name,
          columns == null ? List.of() : columns.stream().map(c -> c.toColumn(name)).toList(),
          primaryKey == null ? List.of() : primaryKey,
          uniqueConstraints == null ? List.of()
              : uniqueConstraints.stream().map(u -> new UniqueConstraint(u.name(), u.columns())).toList());
    }
  }

  @JsonPropertyOrder({"name", "type", "nullable", "serverDefault"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ColumnJson(String name, String type, boolean nullable, String serverDefault) {
    static ColumnJson of(Column c) {
      return new ColumnJson(c.name(), c.type(), c.nullable(), c.serverDefault());
    }

    Column toColumn(String table) {
      if (name == null || type == null) {
        throw new IllegalArgumentException("a column of table \"" + table + "\" has no name or no type");
      }
      return new Column(name, type, nullable, serverDefault);
    }
  }

  @JsonPropertyOrder({"name", "columns"})
  record UniqueJson(String name, List<String> columns) {}
}
