package io.tracetrack.migrations.core.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema the entities describe, as the annotation processor writes it to {@link #RESOURCE}:
 * canonical JSON (tables sorted by name, no timestamps) so the same entities always give the same
 * bytes. {@code entities} maps each table to the class it came from, for messages and for
 * incremental compilation.
 *
 * <p>{@code externalSchemas} are the PostgreSQL schemas that exist outside the migrations (created
 * by a DBA, say), as the processor option {@value #EXTERNAL_SCHEMAS_OPTION} lists them: the
 * migrations neither create nor drop them, and replay starts from a database that has them. They
 * are part of {@link #schema()}'s schemas, so that autogenerate leaves them alone.
 */
public record Snapshot(Schema schema, Map<String, String> entities, RenameHints renames, Set<String> externalSchemas) {

  /** Where the snapshot lives on the class path. */
  public static final String RESOURCE = "META-INF/tracetrack/schema.json";

  /**
   * The newest format this version reads. 2 added indexes, foreign keys, check constraints,
   * comments, identity columns, enum types and rename hints; format 1 files read as tables without
   * them. 3 added external schemas and sequences; a snapshot without them is still written as format 2, so older
   * plugins read it. 4 added identity options, generated columns, collations and serial columns'
   * sequences, index keys with expressions, nulls placement or operator classes, included columns,
   * foreign-key match and deferral, unique constraints with nulls not distinct, and rename hints on
   * indexes, constraints and enums; a snapshot that uses none of them keeps the format it had.
   */
  public static final int FORMAT = 4;

  /** The annotation processor option listing the schemas the migrations do not own: {@code -Atracetrack.externalSchemas=a,b}. */
  public static final String EXTERNAL_SCHEMAS_OPTION = "tracetrack.externalSchemas";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

  public Snapshot {
    entities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(entities));
    renames = renames == null ? RenameHints.NONE : renames;
    TreeSet<String> external = new TreeSet<>(externalSchemas == null ? Set.of() : externalSchemas);
    external.remove(Table.DEFAULT_SCHEMA);
    externalSchemas = java.util.Collections.unmodifiableSortedSet(external);
    if (!schema.schemas().containsAll(external)) {
      Set<String> all = new TreeSet<>(schema.schemas());
      all.addAll(external);
      schema = schema.withSchemas(all);
    }
  }

  public Snapshot(Schema schema, Map<String, String> entities, RenameHints renames) {
    this(schema, entities, renames, Set.of());
  }

  public Snapshot(Schema schema, Map<String, String> entities) {
    this(schema, entities, RenameHints.NONE);
  }

  /**
   * The schema names of a {@value #EXTERNAL_SCHEMAS_OPTION} value: comma-separated, blanks
   * ignored; an error for a name PostgreSQL would cut or that has a dot.
   */
  public static Set<String> parseExternalSchemas(String option) {
    Set<String> names = new TreeSet<>();
    if (option == null) {
      return names;
    }
    for (String part : option.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (name.contains(".") || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > NamingConvention.MAX_NAME_BYTES) {
        throw new IllegalArgumentException(EXTERNAL_SCHEMAS_OPTION + ": \"" + name + "\" is not a schema name"
            + " (no dots, at most " + NamingConvention.MAX_NAME_BYTES + " bytes)");
      }
      names.add(name);
    }
    return names;
  }

  public static final Snapshot EMPTY = new Snapshot(Schema.EMPTY, Map.of());

  /** Combines snapshots from several modules; one table declared in two is an error. */
  public static Snapshot merge(Collection<Snapshot> snapshots) {
    Map<String, Table> tables = new TreeMap<>();
    Map<String, String> entities = new TreeMap<>();
    Map<String, EnumType> enums = new TreeMap<>();
    Map<ElementKind<?>, Map<String, Object>> elements = new LinkedHashMap<>();
    RenameHints renames = RenameHints.NONE;
    Set<String> external = new TreeSet<>();
    for (Snapshot snapshot : snapshots) {
      renames = renames.plus(snapshot.renames());
      external.addAll(snapshot.externalSchemas());
      for (ElementKind<?> kind : Schema.KINDS) {
        Map<String, Object> merged = elements.computeIfAbsent(kind, k -> new TreeMap<>());
        for (Map.Entry<String, ?> element : snapshot.schema().elements(kind).entrySet()) {
          Object other = merged.putIfAbsent(element.getKey(), element.getValue());
          if (other != null && !other.equals(element.getValue())) {
            throw new SnapshotException(capitalized(kind.description()) + " \"" + element.getKey()
                + "\" is declared twice, differently: " + other + " and " + element.getValue());
          }
        }
      }
      for (EnumType type : snapshot.schema().enums().values()) {
        EnumType other = enums.putIfAbsent(type.name(), type);
        if (other != null && !other.equals(type)) {
          throw new SnapshotException("Enum type \"" + type.name() + "\" is declared twice, with values "
              + other.values() + " and " + type.values());
        }
      }
      for (Table table : snapshot.schema().tables().values()) {
        if (tables.containsKey(table.name())) {
          throw new SnapshotException("Table \"" + table.name() + "\" is declared twice: by "
              + entities.get(table.name()) + " and by " + snapshot.entities().get(table.name()));
        }
        tables.put(table.name(), table);
        entities.put(table.name(), snapshot.entities().get(table.name()));
      }
    }
    Schema schema = Schema.of(tables.values(), enums.values());
    for (Map.Entry<ElementKind<?>, Map<String, Object>> kind : elements.entrySet()) {
      schema = withElements(schema, kind.getKey(), kind.getValue().values());
    }
    return new Snapshot(schema, entities, renames, external);
  }

  private static <T> Schema withElements(Schema schema, ElementKind<T> kind, Collection<?> elements) {
    return schema.withElements(kind, elements.stream().map(kind.type()::cast).toList());
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Reads a snapshot; {@code origin} names the file in error messages. */
  public static Snapshot read(InputStream in, String origin) {
    FileJson file;
    try {
      byte[] bytes = in.readAllBytes();
      // The format is checked before binding, so a newer file's unknown fields do not hide the reason.
      Integer format = declaredFormat(bytes);
      if (format != null && format > FORMAT) {
        throw newerFormat(origin, format);
      }
      file = JSON.readValue(bytes, FileJson.class);
    } catch (JsonProcessingException e) {
      throw new SnapshotException("Schema snapshot " + origin + " is not valid JSON: " + e.getOriginalMessage()
          + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
    } catch (IOException e) {
      throw new SnapshotException("Cannot read schema snapshot " + origin + ": " + e.getMessage(), e);
    }
    if (file == null || file.format == null) {
      throw new SnapshotException("Schema snapshot " + origin + " has no \"format\" field");
    }
    if (file.format > FORMAT) {
      throw newerFormat(origin, file.format);
    }
    List<Table> tables = new ArrayList<>();
    Map<String, String> entities = new TreeMap<>();
    Map<String, String> tableRenames = new TreeMap<>();
    Map<String, Map<String, String>> columnRenames = new TreeMap<>();
    Map<String, Map<String, String>> indexRenames = new TreeMap<>();
    Map<String, Map<String, String>> constraintRenames = new TreeMap<>();
    Map<String, String> enumRenames = new TreeMap<>();
    Map<String, Map<String, String>> enumValueRenames = new TreeMap<>();
    try {
      for (TableJson t : file.tables == null ? List.<TableJson>of() : file.tables) {
        tables.add(t.toTable());
        if (t.entity() != null) {
          entities.put(t.name(), t.entity());
        }
        if (t.renamedFrom() != null) {
          tableRenames.put(t.name(), t.renamedFrom());
        }
        for (ColumnJson c : t.columns() == null ? List.<ColumnJson>of() : t.columns()) {
          hint(columnRenames, t.name(), c.name(), c.renamedFrom());
        }
        for (IndexJson i : t.indexes() == null ? List.<IndexJson>of() : t.indexes()) {
          hint(indexRenames, t.name(), i.name(), i.renamedFrom());
        }
        for (UniqueJson u : t.uniqueConstraints() == null ? List.<UniqueJson>of() : t.uniqueConstraints()) {
          hint(constraintRenames, t.name(), u.name(), u.renamedFrom());
        }
        for (CheckJson c : t.checkConstraints() == null ? List.<CheckJson>of() : t.checkConstraints()) {
          hint(constraintRenames, t.name(), c.name(), c.renamedFrom());
        }
      }
      for (EnumJson e : file.enums == null ? List.<EnumJson>of() : file.enums) {
        hint(enumValueRenames, e.name(), e.renamedValues());
        if (e.renamedFrom() != null) {
          enumRenames.put(e.name(), e.renamedFrom());
        }
      }
      List<EnumType> enums = file.enums == null ? List.of()
          : file.enums.stream().map(e -> new EnumType(e.name(), e.values())).toList();
      Schema schema = Schema.of(tables, enums);
      for (ElementKind<?> kind : Schema.KINDS) {
        schema = readElements(schema, kind, (JsonNode) file.elements.get(kind.jsonKey()));
      }
      return new Snapshot(schema, entities,
          new RenameHints(tableRenames, columnRenames, indexRenames, constraintRenames, enumRenames, enumValueRenames),
          file.externalSchemas == null ? Set.of() : Set.copyOf(file.externalSchemas));
    } catch (RuntimeException e) {
      throw new SnapshotException("Schema snapshot " + origin + " is not valid: " + e.getMessage(), e);
    }
  }

  /**
   * The top-level {@code "format"} when it is an integer, else null (binding then says what is
   * wrong). Streamed, not read into a tree: the field comes first in every file we write, so a
   * snapshot of a thousand tables is parsed once, by the binding that follows.
   */
  private static Integer declaredFormat(byte[] bytes) throws IOException {
    try (JsonParser parser = JSON.getFactory().createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("format")) {
          return value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
              ? parser.getIntValue() : null;
        }
        parser.skipChildren();
      }
      return null;
    }
  }

  private static void hint(Map<String, Map<String, String>> hints, String owner, String name, String renamedFrom) {
    if (renamedFrom != null) {
      hints.computeIfAbsent(owner, k -> new TreeMap<>()).put(name, renamedFrom);
    }
  }

  private static void hint(Map<String, Map<String, String>> hints, String owner, Map<String, String> renames) {
    if (renames != null && !renames.isEmpty()) {
      hints.computeIfAbsent(owner, k -> new TreeMap<>()).putAll(renames);
    }
  }

  private static <T, J> Schema readElements(Schema schema, ElementKind<T> kind, JsonNode list) {
    if (list == null || list.isNull()) {
      return schema;
    }
    @SuppressWarnings("unchecked") // a kind's form pairs its own types
    ElementKind.JsonForm<T, J> form = (ElementKind.JsonForm<T, J>) kind.json();
    JavaType type = JSON.getTypeFactory().constructCollectionType(List.class, form.type());
    List<J> read = JSON.convertValue(list, type);
    return schema.withElements(kind, read.stream().map(form.read()).toList());
  }

  private static SnapshotException newerFormat(String origin, int format) {
    return new SnapshotException("Schema snapshot " + origin + " has format " + format
        + ", newer than the " + FORMAT + " this version reads: upgrade the tracetrack plugin to match the processor");
  }

  /** The canonical JSON text of this snapshot. */
  public String toJson() {
    // Snapshots that use nothing of formats 3 and 4 stay format 2 (or 3), readable by earlier versions.
    int format = usesFormat4() ? FORMAT : externalSchemas.isEmpty() && schema.elements().isEmpty() ? 2 : 3;
    return SnapshotWriter.write(this, format, JSON);
  }

  private boolean usesFormat4() {
    RenameHints oldKinds = new RenameHints(renames.tables(), renames.columns());
    return !renames.equals(oldKinds) || schema.tables().values().stream().anyMatch(table ->
        table.columns().stream().anyMatch(ColumnJson::usesFormat4)
            || table.indexes().stream().anyMatch(i -> !i.plainKeys())
            || table.uniqueConstraints().stream().anyMatch(UniqueConstraint::nullsNotDistinct)
            || table.foreignKeys().stream().anyMatch(k -> k.deferrable() || !k.match().equals(ForeignKey.MATCH_SIMPLE)));
  }

  /**
   * The file: fixed fields first, then one list per {@link ElementKind}, under its key, in the
   * order of {@link Schema#KINDS}. A key no kind owns is an error, as an unknown field is.
   */
  @JsonPropertyOrder({"format", "externalSchemas", "tables", "enums"})
  static final class FileJson {
    public Integer format;
    public List<String> externalSchemas;
    public List<TableJson> tables;
    public List<EnumJson> enums;
    private final Map<String, Object> elements = new LinkedHashMap<>();

    FileJson() {}

    @JsonAnyGetter
    public Map<String, Object> elements() {
      return elements;
    }

    @JsonAnySetter
    public void element(String key, JsonNode list) {
      if (Schema.KINDS.stream().noneMatch(kind -> kind.jsonKey().equals(key))) {
        throw new IllegalArgumentException("Unrecognized field \"" + key + "\"");
      }
      elements.put(key, list);
    }
  }

  @JsonPropertyOrder({"name", "renamedFrom", "values", "renamedValues"})
  record EnumJson(String name, String renamedFrom, List<String> values, Map<String, String> renamedValues) {}

  @JsonPropertyOrder({"name", "entity", "renamedFrom", "comment", "columns", "primaryKey", "uniqueConstraints",
      "indexes", "foreignKeys", "checkConstraints"})
  record TableJson(
      String name, String entity, String renamedFrom, String comment, List<ColumnJson> columns,
      List<String> primaryKey, List<UniqueJson> uniqueConstraints, List<IndexJson> indexes,
      List<ForeignKeyJson> foreignKeys, List<CheckJson> checkConstraints) {

    Table toTable() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a table has no name");
      }
      return new Table(
          name,
          columns == null ? List.of() : columns.stream().map(c -> c.toColumn(name)).toList(),
          primaryKey == null ? List.of() : primaryKey,
          uniqueConstraints == null ? List.of()
              : uniqueConstraints.stream().map(u -> new UniqueConstraint(u.name(), u.columns(),
                  Boolean.TRUE.equals(u.nullsNotDistinct()))).toList(),
          indexes == null ? List.of() : indexes.stream().map(IndexJson::toIndex).toList(),
          foreignKeys == null ? List.of() : foreignKeys.stream().map(ForeignKeyJson::toForeignKey).toList(),
          checkConstraints == null ? List.of()
              : checkConstraints.stream().map(c -> new CheckConstraint(c.name(), c.expression())).toList(),
          comment);
    }
  }

  @JsonPropertyOrder({"name", "renamedFrom", "type", "nullable", "serverDefault", "identity", "comment",
      "identityOptions", "generated", "collation", "sequence"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ColumnJson(String name, String renamedFrom, String type, boolean nullable, String serverDefault,
      String identity, String comment, IdentityOptions identityOptions, String generated, String collation,
      OwnedSequence sequence) {
    Column toColumn(String table) {
      if (name == null || type == null) {
        throw new IllegalArgumentException("a column of table \"" + table + "\" has no name or no type");
      }
      return new Column(name, type, nullable, serverDefault, identity, comment, identityOptions, generated, collation,
          sequence);
    }

    /** Whether the column uses what format 4 added. */
    static boolean usesFormat4(Column c) {
      return c.identityOptions() != null || c.generated() != null || c.collation() != null || c.ownedSequence() != null;
    }
  }

  @JsonPropertyOrder({"name", "renamedFrom", "columns", "nullsNotDistinct"})
  record UniqueJson(String name, List<String> columns, Boolean nullsNotDistinct, String renamedFrom) {}

  /**
   * An index: plain column keys as {@code columns} and {@code descending} (the form of format 2);
   * keys with an expression, nulls placement or operator class as {@code keys} instead.
   */
  @JsonPropertyOrder({"name", "renamedFrom", "columns", "descending", "keys", "include", "unique", "method", "where"})
  record IndexJson(String name, String renamedFrom, List<String> columns, List<String> descending, List<KeyJson> keys,
      List<String> include, boolean unique, String method, String where) {
    Index toIndex() {
      List<String> desc = descending == null ? List.of() : descending;
      List<Index.IndexColumn> read = keys != null ? keys.stream().map(KeyJson::toKey).toList()
          : (columns == null ? List.<String>of() : columns).stream().map(c -> new Index.IndexColumn(c, desc.contains(c))).toList();
      return new Index(name, read, unique, method, where, include);
    }
  }

  @JsonPropertyOrder({"column", "expression", "descending", "nulls", "opclass"})
  record KeyJson(String column, String expression, Boolean descending, String nulls, String opclass) {
    Index.IndexColumn toKey() {
      if ((column == null) == (expression == null)) {
        throw new IllegalArgumentException("an index key must have either a column or an expression");
      }
      return new Index.IndexColumn(column != null ? column : expression, Boolean.TRUE.equals(descending), nulls, opclass,
          expression != null);
    }
  }

  @JsonPropertyOrder({"name", "columns", "referencedTable", "referencedColumns", "match", "onDelete", "onUpdate",
      "deferrable", "initiallyDeferred"})
  record ForeignKeyJson(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
      String match, String onDelete, String onUpdate, Boolean deferrable, Boolean initiallyDeferred) {
    ForeignKey toForeignKey() {
      return new ForeignKey(name, columns == null ? List.of() : columns, referencedTable,
          referencedColumns == null ? List.of() : referencedColumns, onDelete, onUpdate, match,
          Boolean.TRUE.equals(deferrable), Boolean.TRUE.equals(initiallyDeferred));
    }
  }

  @JsonPropertyOrder({"name", "renamedFrom", "expression"})
  record CheckJson(String name, String expression, String renamedFrom) {}
}
