package io.tracetrack.migrations.core.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a snapshot's JSON token by token with Jackson's streaming parser into the schema model,
 * the way {@link SnapshotWriter} writes it: every goal reads the snapshot in a fresh JVM, where data
 * binding alone loaded some 560 classes. Anything the writer would not write is refused with the
 * file, the field and the line: an unknown field, a value of the wrong type, a missing name.
 */
final class SnapshotReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonParser json;
  private final String origin;
  private Integer format;
  private final List<Table> tables = new ArrayList<>();
  private final List<EnumType> enums = new ArrayList<>();
  private final Map<ElementKind<?>, List<?>> elements = new LinkedHashMap<>();
  private final Map<String, String> entities = new TreeMap<>();
  private final Set<String> externalSchemas = new java.util.TreeSet<>();
  private final Map<String, String> tableRenames = new TreeMap<>();
  private final Map<String, Map<String, String>> columnRenames = new TreeMap<>();
  private final Map<String, Map<String, String>> indexRenames = new TreeMap<>();
  private final Map<String, Map<String, String>> constraintRenames = new TreeMap<>();
  private final Map<String, String> enumRenames = new TreeMap<>();
  private final Map<String, Map<String, String>> enumValueRenames = new TreeMap<>();

  private SnapshotReader(JsonParser json, String origin) {
    this.json = json;
    this.origin = origin;
  }

  /** The snapshot in {@code bytes}; a {@link SnapshotException} naming {@code origin} when they are not one. */
  static Snapshot read(byte[] bytes, String origin) {
    SnapshotReader reader = null;
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      reader = new SnapshotReader(parser, origin);
      return reader.file();
    } catch (JsonProcessingException e) {
      throw reader != null && reader.format == null ? newerOr(bytes, origin, invalidJson(origin, e)) : invalidJson(origin, e);
    } catch (SnapshotException e) {
      throw reader.format == null ? newerOr(bytes, origin, e) : e;
    } catch (RuntimeException e) { // a model's own check: a foreign key without columns, say
      SnapshotException invalid = new SnapshotException("Schema snapshot " + origin + " is not valid: " + e.getMessage()
          + " at line " + reader.json.currentLocation().getLineNr(), e);
      throw reader.format == null ? newerOr(bytes, origin, invalid) : invalid;
    } catch (IOException e) {
      throw new SnapshotException("Cannot read schema snapshot " + origin + ": " + e.getMessage(), e);
    }
  }

  /**
   * A file of a newer format may hold what this version has never heard of: where its format comes
   * after the fault (files we write put it first), the fault is reported as the newer format.
   */
  private static SnapshotException newerOr(byte[] bytes, String origin, SnapshotException fault) {
    try (JsonParser parser = FACTORY.createParser(bytes)) {
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("format")) {
            return value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT
                && parser.getIntValue() > Snapshot.FORMAT ? newerFormat(origin, parser.getIntValue()) : fault;
          }
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      return fault;
    }
    return fault;
  }

  private static SnapshotException invalidJson(String origin, JsonProcessingException e) {
    return new SnapshotException("Schema snapshot " + origin + " is not valid JSON: " + e.getOriginalMessage()
        + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()), e);
  }

  static SnapshotException newerFormat(String origin, int format) {
    return new SnapshotException("Schema snapshot " + origin + " has format " + format
        + ", newer than the " + Snapshot.FORMAT + " this version reads: upgrade the tracetrack plugin to match the processor");
  }

  private Snapshot file() throws IOException {
    JsonToken first = json.nextToken();
    if (first == null) {
      throw new SnapshotException("Schema snapshot " + origin + " is not valid JSON: it is empty");
    }
    if (first == JsonToken.VALUE_NULL) {
      throw new SnapshotException("Schema snapshot " + origin + " has no \"format\" field");
    }
    expect(first, JsonToken.START_OBJECT, "the snapshot", "an object");
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "format" -> {
          format = integer("\"format\"");
          if (format > Snapshot.FORMAT) {
            throw newerFormat(origin, format);
          }
        }
        case "externalSchemas" -> strings("\"externalSchemas\"", externalSchemas);
        case "tables" -> array("\"tables\"", this::table);
        case "enums" -> array("\"enums\"", this::enumType);
        default -> elements(field);
      }
    }
    if (json.nextToken() != null) {
      throw fail("more after the snapshot's object");
    }
    if (format == null) {
      throw new SnapshotException("Schema snapshot " + origin + " has no \"format\" field");
    }
    Schema schema = Schema.of(tables, enums);
    for (Map.Entry<ElementKind<?>, List<?>> kind : elements.entrySet()) {
      schema = withElements(schema, kind.getKey(), kind.getValue());
    }
    return new Snapshot(schema, entities,
        new RenameHints(tableRenames, columnRenames, indexRenames, constraintRenames, enumRenames, enumValueRenames),
        externalSchemas);
  }

  private static <T> Schema withElements(Schema schema, ElementKind<T> kind, List<?> read) {
    return schema.withElements(kind, read.stream().map(kind.type()::cast).toList());
  }

  /** The list of a kind of standalone element, under its key; a key no kind owns is an unknown field. */
  private void elements(String field) throws IOException {
    ElementKind<?> kind = Schema.KINDS.stream().filter(k -> k.jsonKey().equals(field)).findFirst()
        .orElseThrow(() -> fail("unknown field \"" + field + "\""));
    List<Object> read = new ArrayList<>();
    if (json.currentToken() != JsonToken.VALUE_NULL) {
      array("\"" + field + "\"", () -> read.add(element(kind)));
      elements.put(kind, read);
    }
  }

  private <T> T element(ElementKind<T> kind) throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of \"" + kind.jsonKey() + "\"", "an object");
    Map<String, Object> fields = new LinkedHashMap<>();
    JsonLocation start = json.currentLocation();
    while (json.nextToken() == JsonToken.FIELD_NAME) {
      String field = json.currentName();
      JsonToken value = json.nextToken();
      String what = "\"" + field + "\" of a " + kind.description();
      fields.put(field, switch (value) {
        case VALUE_STRING -> json.getText();
        case VALUE_NUMBER_INT -> longValue(what);
        case VALUE_TRUE, VALUE_FALSE -> value == JsonToken.VALUE_TRUE;
        case VALUE_NULL -> null;
        default -> throw fail(what + " must be a string, a whole number or true or false, not " + describe(value));
      });
    }
    ElementKind.Fields read = new ElementKind.Fields(kind.description(), fields);
    try {
      T element = kind.json().read().apply(read);
      read.checkAllRead();
      return element;
    } catch (IllegalArgumentException e) {
      throw new SnapshotException("Schema snapshot " + origin + " is not valid: " + e.getMessage() + " at line "
          + start.getLineNr(), e);
    }
  }

  private void table() throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of \"tables\"", "an object");
    String name = null;
    String entity = null;
    String renamedFrom = null;
    String comment = null;
    List<ColumnFields> columns = new ArrayList<>();
    List<String> primaryKey = new ArrayList<>();
    List<UniqueConstraint> uniques = new ArrayList<>();
    List<Index> indexes = new ArrayList<>();
    List<ForeignKey> foreignKeys = new ArrayList<>();
    List<CheckConstraint> checks = new ArrayList<>();
    Map<String, String> constraintHints = new TreeMap<>();
    Map<String, String> indexHints = new TreeMap<>();
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "name" -> name = string("a table's \"name\"");
        case "entity" -> entity = string("a table's \"entity\"");
        case "renamedFrom" -> renamedFrom = string("a table's \"renamedFrom\"");
        case "comment" -> comment = string("a table's \"comment\"");
        case "columns" -> array("a table's \"columns\"", () -> columns.add(column()));
        case "primaryKey" -> strings("a table's \"primaryKey\"", primaryKey);
        case "uniqueConstraints" -> array("a table's \"uniqueConstraints\"", () -> uniques.add(unique(constraintHints)));
        case "indexes" -> array("a table's \"indexes\"", () -> indexes.add(index(indexHints)));
        case "foreignKeys" -> array("a table's \"foreignKeys\"", () -> foreignKeys.add(foreignKey()));
        case "checkConstraints" -> array("a table's \"checkConstraints\"", () -> checks.add(check(constraintHints)));
        default -> throw fail("unknown field \"" + field + "\" in table " + (name == null ? "" : "\"" + name + "\""));
      }
    }
    if (name == null || name.isBlank()) {
      throw fail("a table has no name");
    }
    List<Column> built = new ArrayList<>(columns.size());
    Map<String, String> columnHints = new TreeMap<>();
    for (ColumnFields column : columns) {
      if (column.name == null || column.type == null) {
        throw fail("a column of table \"" + name + "\" has no name or no type");
      }
      built.add(column.toColumn());
      if (column.renamedFrom != null) {
        columnHints.put(column.name, column.renamedFrom);
      }
    }
    tables.add(new Table(name, built, primaryKey, uniques, indexes, foreignKeys, checks, comment));
    if (entity != null) {
      entities.put(name, entity);
    }
    if (renamedFrom != null) {
      tableRenames.put(name, renamedFrom);
    }
    hints(columnRenames, name, columnHints);
    hints(indexRenames, name, indexHints);
    hints(constraintRenames, name, constraintHints);
  }

  private static void hints(Map<String, Map<String, String>> all, String owner, Map<String, String> hints) {
    if (!hints.isEmpty()) {
      all.put(owner, hints);
    }
  }

  /** A column's fields; the column is made once its table's name is known, for messages. */
  private static final class ColumnFields {
    String name;
    String renamedFrom;
    String type;
    Boolean nullable;
    String serverDefault;
    String identity;
    String comment;
    IdentityOptions identityOptions;
    String generated;
    String collation;
    OwnedSequence sequence;

    Column toColumn() {
      return new Column(name, type, nullable, serverDefault, identity, comment, identityOptions, generated, collation,
          sequence);
    }
  }

  private ColumnFields column() throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of a table's \"columns\"", "an object");
    ColumnFields column = new ColumnFields();
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "name" -> column.name = string("a column's \"name\"");
        case "renamedFrom" -> column.renamedFrom = string("a column's \"renamedFrom\"");
        case "type" -> column.type = string("a column's \"type\"");
        case "nullable" -> column.nullable = bool("a column's \"nullable\"");
        case "serverDefault" -> column.serverDefault = string("a column's \"serverDefault\"");
        case "identity" -> column.identity = string("a column's \"identity\"");
        case "comment" -> column.comment = string("a column's \"comment\"");
        case "identityOptions" -> column.identityOptions = identityOptions();
        case "generated" -> column.generated = string("a column's \"generated\"");
        case "collation" -> column.collation = string("a column's \"collation\"");
        case "sequence" -> column.sequence = ownedSequence();
        default -> throw fail(unknown(field, "column", column.name));
      }
    }
    if (column.nullable == null) {
      throw fail(missing("column", column.name, "\"nullable\""));
    }
    return column;
  }

  private IdentityOptions identityOptions() throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(json.currentToken(), JsonToken.START_OBJECT, "a column's \"identityOptions\"", "an object");
    Long start = null;
    Long increment = null;
    Long minValue = null;
    Long maxValue = null;
    Long cache = null;
    Boolean cycle = null;
    while (nextField()) {
      String field = json.currentName();
      String what = "\"" + field + "\" of a column's \"identityOptions\"";
      switch (field) {
        case "start" -> start = optionalLong(what);
        case "increment" -> increment = optionalLong(what);
        case "minValue" -> minValue = optionalLong(what);
        case "maxValue" -> maxValue = optionalLong(what);
        case "cache" -> cache = optionalLong(what);
        case "cycle" -> cycle = json.currentToken() == JsonToken.VALUE_NULL ? null : bool(what);
        default -> throw fail("unknown field \"" + field + "\" in a column's \"identityOptions\"");
      }
    }
    return new IdentityOptions(start, increment, minValue, maxValue, cache, cycle);
  }

  private OwnedSequence ownedSequence() throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(json.currentToken(), JsonToken.START_OBJECT, "a column's \"sequence\"", "an object");
    String name = null;
    String type = null;
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "name" -> name = string("\"name\" of a column's \"sequence\"");
        case "type" -> type = string("\"type\" of a column's \"sequence\"");
        default -> throw fail("unknown field \"" + field + "\" in a column's \"sequence\"");
      }
    }
    return new OwnedSequence(name, type);
  }

  private UniqueConstraint unique(Map<String, String> hints) throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of a table's \"uniqueConstraints\"", "an object");
    String name = null;
    String renamedFrom = null;
    List<String> columns = new ArrayList<>();
    boolean nullsNotDistinct = false;
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "name" -> name = string("a unique constraint's \"name\"");
        case "renamedFrom" -> renamedFrom = string("a unique constraint's \"renamedFrom\"");
        case "columns" -> strings("a unique constraint's \"columns\"", columns);
        case "nullsNotDistinct" -> nullsNotDistinct = json.currentToken() != JsonToken.VALUE_NULL
            && bool("a unique constraint's \"nullsNotDistinct\"");
        default -> throw fail(unknown(field, "unique constraint", name));
      }
    }
    hint(hints, name, renamedFrom);
    return new UniqueConstraint(name, columns, nullsNotDistinct);
  }

  private CheckConstraint check(Map<String, String> hints) throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of a table's \"checkConstraints\"", "an object");
    String name = null;
    String renamedFrom = null;
    String expression = null;
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "name" -> name = string("a check constraint's \"name\"");
        case "renamedFrom" -> renamedFrom = string("a check constraint's \"renamedFrom\"");
        case "expression" -> expression = string("a check constraint's \"expression\"");
        default -> throw fail(unknown(field, "check constraint", name));
      }
    }
    hint(hints, name, renamedFrom);
    return new CheckConstraint(name, expression);
  }

  /**
   * An index: plain column keys as {@code columns} and {@code descending} (the form of format 2);
   * keys with an expression, nulls placement or operator class as {@code keys} instead.
   */
  private Index index(Map<String, String> hints) throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of a table's \"indexes\"", "an object");
    String name = null;
    String renamedFrom = null;
    List<String> columns = new ArrayList<>();
    List<String> descending = new ArrayList<>();
    List<Index.IndexColumn> keys = null;
    List<String> include = new ArrayList<>();
    Boolean unique = null;
    String method = null;
    String where = null;
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "name" -> name = string("an index's \"name\"");
        case "renamedFrom" -> renamedFrom = string("an index's \"renamedFrom\"");
        case "columns" -> strings("an index's \"columns\"", columns);
        case "descending" -> strings("an index's \"descending\"", descending);
        case "keys" -> {
          if (json.currentToken() != JsonToken.VALUE_NULL) {
            List<Index.IndexColumn> read = new ArrayList<>();
            array("an index's \"keys\"", () -> read.add(indexKey()));
            keys = read;
          }
        }
        case "include" -> strings("an index's \"include\"", include);
        case "unique" -> unique = bool("an index's \"unique\"");
        case "method" -> method = string("an index's \"method\"");
        case "where" -> where = string("an index's \"where\"");
        default -> throw fail(unknown(field, "index", name));
      }
    }
    if (unique == null) {
      throw fail(missing("index", name, "\"unique\""));
    }
    hint(hints, name, renamedFrom);
    List<Index.IndexColumn> read = keys != null ? keys
        : columns.stream().map(c -> new Index.IndexColumn(c, descending.contains(c))).toList();
    return new Index(name, read, unique, method, where, include);
  }

  private Index.IndexColumn indexKey() throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of an index's \"keys\"", "an object");
    String column = null;
    String expression = null;
    boolean descending = false;
    String nulls = null;
    String opclass = null;
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "column" -> column = string("an index key's \"column\"");
        case "expression" -> expression = string("an index key's \"expression\"");
        case "descending" -> descending = json.currentToken() != JsonToken.VALUE_NULL && bool("an index key's \"descending\"");
        case "nulls" -> nulls = string("an index key's \"nulls\"");
        case "opclass" -> opclass = string("an index key's \"opclass\"");
        default -> throw fail("unknown field \"" + field + "\" in an index key");
      }
    }
    if ((column == null) == (expression == null)) {
      throw fail("an index key must have either a column or an expression");
    }
    return new Index.IndexColumn(column != null ? column : expression, descending, nulls, opclass, expression != null);
  }

  /** The defaults (simple match, no action, not deferrable) are left out. */
  private ForeignKey foreignKey() throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of a table's \"foreignKeys\"", "an object");
    String name = null;
    List<String> columns = new ArrayList<>();
    String referencedTable = null;
    List<String> referencedColumns = new ArrayList<>();
    String match = null;
    String onDelete = null;
    String onUpdate = null;
    boolean deferrable = false;
    boolean initiallyDeferred = false;
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "name" -> name = string("a foreign key's \"name\"");
        case "columns" -> strings("a foreign key's \"columns\"", columns);
        case "referencedTable" -> referencedTable = string("a foreign key's \"referencedTable\"");
        case "referencedColumns" -> strings("a foreign key's \"referencedColumns\"", referencedColumns);
        case "match" -> match = string("a foreign key's \"match\"");
        case "onDelete" -> onDelete = string("a foreign key's \"onDelete\"");
        case "onUpdate" -> onUpdate = string("a foreign key's \"onUpdate\"");
        case "deferrable" -> deferrable = json.currentToken() != JsonToken.VALUE_NULL && bool("a foreign key's \"deferrable\"");
        case "initiallyDeferred" -> initiallyDeferred = json.currentToken() != JsonToken.VALUE_NULL
            && bool("a foreign key's \"initiallyDeferred\"");
        default -> throw fail(unknown(field, "foreign key", name));
      }
    }
    return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, match, deferrable,
        initiallyDeferred);
  }

  private void enumType() throws IOException {
    expect(json.currentToken(), JsonToken.START_OBJECT, "each of \"enums\"", "an object");
    String name = null;
    String renamedFrom = null;
    List<String> values = new ArrayList<>();
    Map<String, String> renamedValues = new TreeMap<>();
    while (nextField()) {
      String field = json.currentName();
      switch (field) {
        case "name" -> name = string("an enum type's \"name\"");
        case "renamedFrom" -> renamedFrom = string("an enum type's \"renamedFrom\"");
        case "values" -> strings("an enum type's \"values\"", values);
        case "renamedValues" -> {
          if (json.currentToken() != JsonToken.VALUE_NULL) {
            expect(json.currentToken(), JsonToken.START_OBJECT, "an enum type's \"renamedValues\"", "an object");
            while (nextField()) {
              String value = json.currentName();
              renamedValues.put(value, string("\"" + value + "\" of an enum type's \"renamedValues\""));
            }
          }
        }
        default -> throw fail(unknown(field, "enum type", name));
      }
    }
    enums.add(new EnumType(name, values));
    if (!renamedValues.isEmpty()) {
      enumValueRenames.computeIfAbsent(name, k -> new TreeMap<>()).putAll(renamedValues);
    }
    if (renamedFrom != null) {
      enumRenames.put(name, renamedFrom);
    }
  }

  private static void hint(Map<String, String> hints, String name, String renamedFrom) {
    if (renamedFrom != null) {
      hints.put(name, renamedFrom);
    }
  }

  private static String unknown(String field, String element, String name) {
    return "unknown field \"" + field + "\" in " + element + (name == null ? "" : " \"" + name + "\"");
  }

  private static String missing(String element, String name, String field) {
    return (element.startsWith("i") ? "an " : "a ") + element + (name == null ? "" : " \"" + name + "\"") + " has no " + field;
  }

  /** Moves to the value of the object's next field, whose name is then the current name; false at the object's end. */
  private boolean nextField() throws IOException {
    if (json.nextToken() != JsonToken.FIELD_NAME) {
      return false;
    }
    json.nextToken();
    return true;
  }

  /** Reads one element at the parser's current token. */
  private interface Item {
    void read() throws IOException;
  }

  /** An array (each element read by {@code item}), or null for none. */
  private void array(String what, Item item) throws IOException {
    if (json.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    expect(json.currentToken(), JsonToken.START_ARRAY, what, "a list");
    while (json.nextToken() != JsonToken.END_ARRAY) {
      item.read();
    }
  }

  /** An array of strings added to {@code into}, or null for none. */
  private void strings(String what, java.util.Collection<String> into) throws IOException {
    array(what, () -> {
      if (json.currentToken() != JsonToken.VALUE_STRING) {
        throw fail(what + " must list strings, not " + describe(json.currentToken()));
      }
      into.add(json.getText());
    });
  }

  private String string(String what) throws IOException {
    JsonToken token = json.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token != JsonToken.VALUE_STRING) {
      throw fail(what + " must be a string, not " + describe(token));
    }
    return json.getText();
  }

  private boolean bool(String what) throws IOException {
    JsonToken token = json.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw fail(what + " must be true or false, not " + describe(token));
    }
    return token == JsonToken.VALUE_TRUE;
  }

  private int integer(String what) throws IOException {
    if (json.currentToken() != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
      throw fail(what + " must be a whole number, not " + describe(json.currentToken()));
    }
    return json.getIntValue();
  }

  private Long optionalLong(String what) throws IOException {
    return json.currentToken() == JsonToken.VALUE_NULL ? null : longValue(what);
  }

  private long longValue(String what) throws IOException {
    JsonToken token = json.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
      throw fail(what + " must be a whole number that fits 64 bits, not " + describe(token));
    }
    return json.getLongValue();
  }

  private void expect(JsonToken token, JsonToken wanted, String what, String description) throws IOException {
    if (token != wanted) {
      throw fail(what + " must be " + description + ", not " + describe(token));
    }
  }

  private String describe(JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "the string \"" + json.getText() + "\"";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + json.getText();
      case VALUE_TRUE, VALUE_FALSE -> json.getText();
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : token.asString();
    };
  }

  private SnapshotException fail(String what) {
    return new SnapshotException("Schema snapshot " + origin + " is not valid: " + what + " at line "
        + json.currentLocation().getLineNr());
  }
}
