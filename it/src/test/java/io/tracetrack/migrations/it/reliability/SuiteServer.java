package io.tracetrack.migrations.it.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the suite, with its own pg_hba.conf: trust for {@code postgres},
 * scram-sha-256 for {@link #PASSWORD_ROLE}, so a wrong password is really refused.
 */
final class SuiteServer {
  static final String PASSWORD_ROLE = "tt_scram_user";
  static final String PASSWORD = "Rel1ab1l1ty-s3cret";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private SuiteServer() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        Path hba = Files.createTempFile("tracetrack-hba", ".conf");
        Files.writeString(hba, "local all all trust\n"
            + "host all " + PASSWORD_ROLE + " 127.0.0.1/32 scram-sha-256\n"
            + "host all " + PASSWORD_ROLE + " ::1/128 scram-sha-256\n"
            + "host all all 127.0.0.1/32 trust\n"
            + "host all all ::1/128 trust\n", StandardCharsets.UTF_8);
        server = EmbeddedPostgres.builder()
            .setServerConfig("hba_file", hba.toString())
            .setServerConfig("max_connections", "100")
            .start();
        try (Connection admin = server.getPostgresDatabase().getConnection();
            Statement statement = admin.createStatement()) {
          statement.execute("SET password_encryption = 'scram-sha-256'");
          statement.execute("CREATE ROLE " + PASSWORD_ROLE + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // exiting
        }
      }));
    }
    return server;
  }

  static String url(String database) {
    return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
  }

  /** A new empty database, owned by postgres; returns its JDBC URL. */
  static String newDatabase(String prefix) {
    String name = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
    try (Connection admin = server().getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
      statement.execute("GRANT ALL ON DATABASE " + name + " TO " + PASSWORD_ROLE);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return url(name);
  }

  static Connection connect(String url) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    return DriverManager.getConnection(url, properties);
  }
}
