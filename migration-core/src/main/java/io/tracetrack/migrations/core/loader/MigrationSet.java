package io.tracetrack.migrations.core.loader;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.replay.SchemaReplayer;
import io.tracetrack.migrations.core.revision.RevisionGraph;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.schema.Schema;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * All migrations of a project, their graph, and the schema that replaying them gives. Replay
 * starts from a database that holds only the schemas the migrations do not own (see {@link
 * io.tracetrack.migrations.core.schema.Snapshot#externalSchemas()}).
 */
public final class MigrationSet {
  private final Map<String, LoadedMigration> byId = new LinkedHashMap<>();
  private final RevisionGraph graph;
  private final MigrationSource source;
  private final Supplier<Set<String>> externalSchemas;
  /** Where replay starts, made on first use: an upgrade that replays nothing never needs the external schemas. */
  private Schema base;

  public MigrationSet(Collection<LoadedMigration> migrations) {
    this(migrations, Set.of());
  }

  /** Migrations that run on a database where {@code externalSchemas} exist already. */
  public MigrationSet(Collection<LoadedMigration> migrations, Set<String> externalSchemas) {
    this(migrations, () -> externalSchemas);
  }

  /** Migrations that run on a database where {@code externalSchemas} exist already, asked for only when needed. */
  public MigrationSet(Collection<LoadedMigration> migrations, Supplier<Set<String>> externalSchemas) {
    this(migrations, externalSchemas, null, RevisionGraph.of(migrations.stream().map(LoadedMigration::info).toList()));
  }

  private MigrationSet(Collection<LoadedMigration> migrations, Supplier<Set<String>> externalSchemas,
      MigrationSource source, RevisionGraph graph) {
    this.graph = graph;
    this.source = source;
    migrations.forEach(m -> byId.put(m.info().id(), m));
    this.externalSchemas = externalSchemas;
  }

  /** The schemas that exist before any migration, and that no migration creates or drops. */
  public Set<String> externalSchemas() {
    return base().schemas();
  }

  private synchronized Schema base() {
    if (base == null) {
      base = Schema.EMPTY.withSchemas(externalSchemas.get());
    }
    return base;
  }

  /** The same migrations, recorded as found in {@code source}. */
  public MigrationSet foundIn(MigrationSource source) {
    // The graph of a long history is not built twice; the external schemas are still asked for only when needed.
    return new MigrationSet(byId.values(), this::externalSchemas, source, graph);
  }

  /** Where they were looked for, when known. */
  public Optional<MigrationSource> source() {
    return Optional.ofNullable(source);
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }

  public RevisionGraph graph() {
    return graph;
  }

  public LoadedMigration get(String id) {
    LoadedMigration migration = byId.get(id);
    if (migration == null) {
      throw new MigrationException("No migration class declares revision " + id);
    }
    return migration;
  }

  /**
   * The schema after upgrading an empty database (but for the external schemas) to the given
   * heads (all heads when null).
   */
  public Schema schemaAt(Set<String> heads) {
    Set<String> wanted = graph.ancestry(heads == null ? graph.heads() : heads);
    Schema schema = base();
    for (RevisionInfo revision : graph.ordered()) {
      if (wanted.contains(revision.id())) {
        schema = replay(schema, revision);
      }
    }
    return schema;
  }

  private Schema replay(Schema schema, RevisionInfo revision) {
    try {
      return SchemaReplayer.apply(schema, get(revision.id()).upgradeOperations());
    } catch (MigrationException e) {
      if (e.getMessage().startsWith("Revision ")) {
        throw e;
      }
      throw new MigrationException("Revision " + revision.describe() + " (" + revision.origin()
          + ") does not fit the schema before it: " + e.getMessage(), e);
    }
  }

  public List<LoadedMigration> all() {
    return List.copyOf(byId.values());
  }
}
