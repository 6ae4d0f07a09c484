package io.tracetrack.migrations.core.schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Snapshots as earlier versions read and wrote them, by binding JSON records with Jackson's data
 * binding: the judge of {@link SnapshotReader} and {@link SnapshotWriter}, which stream instead and
 * must give the same model and the same bytes.
 */
final class BoundSnapshot {
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

  private BoundSnapshot() {}

  /** The snapshot as binding read it; {@code origin} names the file in error messages. */
  static Snapshot read(byte[] bytes, String origin) {
    FileJson file;
    try {
      // The format is checked before binding, so a newer file's unknown fields do not hide the reason.
      Integer format = declaredFormat(bytes);
      if (format != null && format > Snapshot.FORMAT) {
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
    if (file.format > Snapshot.FORMAT) {
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

  private static Schema readElements(Schema schema, ElementKind<?> kind, JsonNode list) {
    if (list == null || list.isNull()) {
      return schema;
    }
    if (kind != Sequence.KIND) {
      throw new IllegalStateException("the binding knows sequences only, not " + kind);
    }
    List<SequenceJson> read = JSON.convertValue(list, new TypeReference<List<SequenceJson>>() {});
    return schema.withSequences(read.stream().map(SequenceJson::toSequence).toList());
  }

  private static SnapshotException newerFormat(String origin, int format) {
    return new SnapshotException("Schema snapshot " + origin + " has format " + format
        + ", newer than the " + Snapshot.FORMAT + " this version reads");
  }

  /** The text as earlier versions wrote it: the JSON records, bound. */
  static String write(Snapshot snapshot, int format) throws IOException {
    FileJson file = new FileJson();
    file.format = format;
    file.externalSchemas = List.copyOf(snapshot.externalSchemas());
    RenameHints renames = snapshot.renames();
    file.tables = snapshot.schema().tables().values().stream()
        .map(table -> table(table, snapshot.entities().get(table.name()), renames)).toList();
    file.enums = snapshot.schema().enums().values().stream().map(e -> new EnumJson(e.name(),
        renames.enumTypeRenamedFrom(e.name()).orElse(null), e.values(), renames.enumValuesRenamed(e.name()))).toList();
    if (!snapshot.schema().sequences().isEmpty()) {
      file.elements().put(Sequence.KIND.jsonKey(), snapshot.schema().sequences().values().stream().map(SequenceJson::of).toList());
    }
    return JSON.writeValueAsString(file) + "\n";
  }

  private static TableJson table(Table table, String entity, RenameHints renames) {
    String name = table.name();
    return new TableJson(name, entity, renames.tableRenamedFrom(name).orElse(null), table.comment(),
        table.columns().stream().map(c -> new ColumnJson(c.name(), renames.columnRenamedFrom(name, c.name()).orElse(null),
            c.type(), c.nullable(), c.serverDefault(), c.identity(), c.comment(), c.identityOptions(), c.generated(),
            c.collation(), c.ownedSequence())).toList(),
        table.primaryKey(),
        table.uniqueConstraints().stream().map(u -> new UniqueJson(u.name(), u.columns(),
            u.nullsNotDistinct() ? Boolean.TRUE : null, renames.constraintRenamedFrom(name, u.name()).orElse(null))).toList(),
        table.indexes().stream().map(i -> index(i, renames.indexRenamedFrom(name, i.name()).orElse(null))).toList(),
        table.foreignKeys().stream().map(k -> new ForeignKeyJson(k.name(), k.columns(), k.referencedTable(),
            k.referencedColumns(), k.match().equals(ForeignKey.MATCH_SIMPLE) ? null : k.match(),
            k.onDelete().equals(ForeignKey.NO_ACTION) ? null : k.onDelete(),
            k.onUpdate().equals(ForeignKey.NO_ACTION) ? null : k.onUpdate(),
            k.deferrable() ? Boolean.TRUE : null, k.initiallyDeferred() ? Boolean.TRUE : null)).toList(),
        table.checkConstraints().stream().map(c -> new CheckJson(c.name(), c.expression(),
            renames.constraintRenamedFrom(name, c.name()).orElse(null))).toList());
  }

  private static IndexJson index(Index index, String renamedFrom) {
    boolean plain = index.columns().stream().allMatch(c -> !c.expression() && c.nulls() == null && c.opclass() == null);
    return new IndexJson(index.name(), renamedFrom, plain ? index.columnNames() : null,
        plain ? index.columns().stream().filter(Index.IndexColumn::descending).map(Index.IndexColumn::name).toList() : null,
        plain ? null : index.columns().stream().map(k -> new KeyJson(k.expression() ? null : k.name(),
            k.expression() ? k.name() : null, k.descending() ? Boolean.TRUE : null, k.nulls(), k.opclass())).toList(),
        index.include(), index.unique(), index.method().equals(Index.BTREE) ? null : index.method(), index.where());
  }

  /** A sequence: bounds left out when the type's own. */
  @JsonPropertyOrder({"name", "type", "start", "increment", "minValue", "maxValue", "cache", "cycle"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SequenceJson(String name, String type, long start, long increment, Long minValue, Long maxValue, long cache,
      boolean cycle) {
    static SequenceJson of(Sequence s) {
      return new SequenceJson(s.name(), s.type(), s.start(), s.increment(), s.minValue(), s.maxValue(), s.cache(), s.cycle());
    }

    Sequence toSequence() {
      return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle);
    }
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
