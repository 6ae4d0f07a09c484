package io.tracetrack.migrations.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;

/**
 * Flyway's and Liquibase's own engines applying the same migrations as ours, each in its usual
 * form: one versioned SQL file per migration for Flyway, one changeset per migration in a
 * formatted-SQL changelog for Liquibase. Both run each migration in a transaction of its own.
 */
final class PeerEngines {
  static final String FLYWAY = "Flyway " + version("org.flywaydb", "flyway-core");
  static final String LIQUIBASE = "Liquibase " + version("org.liquibase", "liquibase-core");

  private PeerEngines() {}

  static {
    System.setProperty("liquibase.analytics.enabled", "false"); // no calls home from a benchmark
    Logger.getLogger("liquibase").setLevel(Level.WARNING);
  }

  /**
   * A library's version, from the Maven properties its jar carries, else from its jar's OSGi
   * manifest (Liquibase's jar has no Maven properties).
   */
  private static String version(String group, String artifact) {
    try (java.io.InputStream in = PeerEngines.class.getClassLoader()
        .getResourceAsStream("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
      java.util.Properties properties = new java.util.Properties();
      if (in != null) {
        properties.load(in);
      }
      String version = properties.getProperty("version");
      return version != null ? version : bundleVersion(group);
    } catch (java.io.IOException e) {
      return "(version unknown)";
    }
  }

  /** The Bundle-Version of the first jar whose bundle name starts with {@code group}. */
  private static String bundleVersion(String group) throws java.io.IOException {
    java.util.Enumeration<java.net.URL> manifests = PeerEngines.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
    while (manifests.hasMoreElements()) {
      try (java.io.InputStream in = manifests.nextElement().openStream()) {
        java.util.jar.Attributes main = new java.util.jar.Manifest(in).getMainAttributes();
        String bundle = main.getValue("Bundle-SymbolicName");
        if (bundle != null && bundle.startsWith(group) && main.getValue("Bundle-Version") != null) {
          return main.getValue("Bundle-Version");
        }
      }
    }
    return "(version unknown)";
  }

  /** Writes both forms of {@code migrations} (each a list of statements) under {@code dir}. */
  static void write(List<List<String>> migrations, Path dir) throws Exception {
    Path flyway = Files.createDirectories(dir.resolve("flyway"));
    StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
    for (int i = 0; i < migrations.size(); i++) {
      String body = String.join(";\n", migrations.get(i)) + ";\n";
      Files.writeString(flyway.resolve("V" + (i + 1) + "__step_" + i + ".sql"), body);
      changelog.append("\n--changeset bench:").append(i + 1).append('\n').append(body);
    }
    Files.writeString(Files.createDirectories(dir.resolve("liquibase")).resolve("changelog.sql"), changelog);
  }

  static void flyway(DataSource data, Path dir) {
    Flyway.configure().dataSource(data).locations("filesystem:" + dir.resolve("flyway")).load().migrate();
  }

  static void liquibase(DataSource data, Path dir) throws Exception {
    try (Connection connection = data.getConnection();
        DirectoryResourceAccessor resources = new DirectoryResourceAccessor(dir.resolve("liquibase"))) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
      CommandScope update = new CommandScope("update").addArgumentValue("database", database)
          .addArgumentValue("changelogFile", "changelog.sql").addArgumentValue("showSummary", "OFF")
          .addArgumentValue("showSummaryOutput", "LOG");
      Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(), new LoggerUIService()),
          () -> update.execute());
    }
  }
}
