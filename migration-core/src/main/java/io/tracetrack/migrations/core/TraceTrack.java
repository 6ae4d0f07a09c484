package io.tracetrack.migrations.core;

import io.tracetrack.migrations.core.check.CheckReport;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.db.InvalidSettingException;
import io.tracetrack.migrations.core.loader.MigrationScanner;
import io.tracetrack.migrations.core.loader.MigrationSet;
import io.tracetrack.migrations.core.revision.PlannedStep;
import io.tracetrack.migrations.core.revision.RevisionInfo;
import io.tracetrack.migrations.core.schema.MissingSnapshotException;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.SnapshotException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The engine from an application, with no build tool: migrations found on the application's class
 * path (its classes folder or its jar), connections from its {@link DataSource}.
 *
 * <pre>{@code
 * TraceTrack.configure(dataSource)
 *     .migrationsPackage("com.example.migrations")
 *     .upgrade();
 * }</pre>
 *
 * Each call is a run of its own, with the same advisory lock, checksums and version table as the
 * Maven goals; errors are {@link MigrationException}s whose messages name revisions, not goals.
 */
public final class TraceTrack {
  private final DataSource dataSource;
  private String migrationsPackage;
  private ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
      ? Thread.currentThread().getContextClassLoader() : TraceTrack.class.getClassLoader();
  private Duration lockTimeout = Duration.ofSeconds(60);
  private Duration statementTimeout;
  private Duration lockWaitTimeout;
  private MigrationLog log = MigrationLog.console();

  private TraceTrack(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource == null");
  }

  /** Starts a configuration over the application's data source (two connections at a time). */
  public static TraceTrack configure(DataSource dataSource) {
    return new TraceTrack(dataSource);
  }

  /** The package of the migration classes, as in {@code @Revision} classes' package declaration. Required. */
  public TraceTrack migrationsPackage(String packageName) {
    this.migrationsPackage = Objects.requireNonNull(packageName, "packageName == null").trim();
    return this;
  }

  /** Where to find the migrations; default the thread's context class loader. */
  public TraceTrack classLoader(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader == null");
    return this;
  }

  /** How long to wait for another run on the same database (another instance starting, say); default 60 s. */
  public TraceTrack lockTimeout(Duration lockTimeout) {
    if (lockTimeout.isNegative()) {
      throw new InvalidSettingException(Setting.LOCK_TIMEOUT, " = " + lockTimeout + " is negative");
    }
    this.lockTimeout = lockTimeout;
    return this;
  }

  /** PostgreSQL {@code statement_timeout} and {@code lock_timeout} for the run; null keeps the server's. */
  public TraceTrack timeouts(Duration statementTimeout, Duration lockWaitTimeout) {
    this.statementTimeout = statementTimeout;
    this.lockWaitTimeout = lockWaitTimeout;
    return this;
  }

  /** Where progress lines go; default standard output and error. */
  public TraceTrack log(MigrationLog log) {
    this.log = Objects.requireNonNull(log, "log == null");
    return this;
  }

  /** Applies every pending migration up to the head; returns the steps run (none when up to date). */
  public List<PlannedStep> upgrade() {
    return upgrade("head");
  }

  /** Applies the pending migrations up to a target: {@code head}, {@code heads}, a revision or prefix, {@code +N}. */
  public List<PlannedStep> upgrade(String target) {
    return migrator().upgrade(database(), target, lockTimeout);
  }

  /** The revisions the database is at; empty for a database never migrated. */
  public List<RevisionInfo> current() {
    return migrator().current(database());
  }

  /**
   * Compares the entities' snapshot on the class path ({@code META-INF/tracetrack/schema.json},
   * written by the annotation processor) with the migrations, and the database with both: pending
   * and changed migrations, drift. {@link CheckReport#ok()} when all agree.
   */
  public CheckReport check() {
    return migrator().check(snapshot(), database());
  }

  private DatabaseSettings database() {
    return DatabaseSettings.of(dataSource, "the application's data source (" + dataSource.getClass().getName() + ")")
        .withTimeouts(statementTimeout, lockWaitTimeout);
  }

  private Migrator migrator() {
    if (migrationsPackage == null || migrationsPackage.isEmpty()) {
      throw new InvalidSettingException(Setting.MIGRATIONS_PACKAGE, " is not set: name the package of the"
          + " migration classes");
    }
    MigrationSet found = new MigrationScanner(classLoader, List.of(), log).scanClassPath(migrationsPackage)
        .foundIn(new io.tracetrack.migrations.core.loader.MigrationSource(migrationsPackage,
            Path.of(migrationsPackage.replace('.', '/'))));
    return new Migrator(found, log);
  }

  private Snapshot snapshot() {
    List<Snapshot> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(classLoader.getResources(Snapshot.RESOURCE))) {
        try (InputStream in = url.openStream()) {
          found.add(Snapshot.read(in, url.toString()));
        }
      }
    } catch (IOException e) {
      throw new SnapshotException("Cannot read the schema snapshot: " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new MissingSnapshotException(Path.of("the class path"));
    }
    return Snapshot.merge(found);
  }
}
