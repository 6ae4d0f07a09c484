package io.tracetrack.migrations.core.schema;

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
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new SnapshotException("Cannot read schema snapshot " + origin + ": " + e.getMessage(), e);
    }
    return SnapshotReader.read(bytes, origin);
  }

  /** The canonical JSON text of this snapshot. */
  public String toJson() {
    // Snapshots that use nothing of formats 3 and 4 stay format 2 (or 3), readable by earlier versions.
    int format = usesFormat4() ? FORMAT : externalSchemas.isEmpty() && schema.elements().isEmpty() ? 2 : 3;
    return SnapshotWriter.write(this, format);
  }

  private boolean usesFormat4() {
    RenameHints oldKinds = new RenameHints(renames.tables(), renames.columns());
    return !renames.equals(oldKinds) || schema.tables().values().stream().anyMatch(table ->
        table.columns().stream().anyMatch(Snapshot::usesFormat4)
            || table.indexes().stream().anyMatch(i -> !i.plainKeys())
            || table.uniqueConstraints().stream().anyMatch(UniqueConstraint::nullsNotDistinct)
            || table.foreignKeys().stream().anyMatch(k -> k.deferrable() || !k.match().equals(ForeignKey.MATCH_SIMPLE)));
  }

  /** Whether the column uses what format 4 added. */
  private static boolean usesFormat4(Column c) {
    return c.identityOptions() != null || c.generated() != null || c.collation() != null || c.ownedSequence() != null;
  }
}
