package io.tracetrack.migrations.it.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tracetrack.migrations.core.db.EmbeddedDatabase;
import io.tracetrack.migrations.it.ItDatabase;
import io.tracetrack.migrations.it.guide.GuideBlocks.Block;
import io.tracetrack.migrations.it.reliability.Goals;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/guide.md, run: its shell blocks in order, in a scratch copy of the guide's project
 * (it/src/test/guide-project), with the real {@code mvn} and the plugin that maven-invoker installed
 * (as {@link Goals} runs it); its Java blocks written into the project where their marker says.
 * The HTML comments above a block say what it must print ({@code expect}, {@code expect-not}), that
 * it must fail ({@code expect-failure}), which file it leaves ({@code expect-file}), or that it is
 * only an illustration. Development goals use the plugin's embedded database; staging and
 * production ({@code $STAGING_DATABASE_URL}, {@code $PRODUCTION_DATABASE_URL}) are databases on
 * this test's own PostgreSQL 15 server, which the machine's {@code pg_dump} and {@code psql} (15 or
 * newer) can read.
 */
class GuideTest {
  private static final Set<String> MARKERS = Set.of("expect", "expect-not", "expect-failure", "expect-file",
      "file", "add to class", "methods of", "same as", "illustration");
  private static final Set<String> SHELLS = Set.of("bash", "sh", "shell");
  private static final int MOST_ILLUSTRATIONS = 3;
  private static final String DEPLOYER_PASSWORD = "Depl0yer-s3cret";
  private static final String STAGING_ADMIN_PASSWORD = "Stag1ng-adm1n-pw";
  private static final String PRODUCTION_ADMIN_PASSWORD = "Pr0duct1on-adm1n-pw";
  private static final Pattern GENERATED_PASSWORD = Pattern.compile("Admin password \\(generated, shown once\\): (\\S+)");

  @TempDir
  Path temp;

  private final StringBuilder transcript = new StringBuilder();

  @Test
  void everyBlockOfTheGuideDoesWhatTheTextSays() throws Exception {
    Path guide = Path.of(System.getProperty("tracetrack.guide"));
    List<Block> blocks = GuideBlocks.read(Files.readString(guide));
    long illustrations = blocks.stream().filter(b -> b.has("illustration")).count();
    assertTrue(illustrations <= MOST_ILLUSTRATIONS, illustrations + " blocks are only illustrations");
    assertTrue(blocks.stream().anyMatch(b -> SHELLS.contains(b.language())), "no shell block in " + guide);
    assertTrue(blocks.stream().anyMatch(b -> b.language().equals("java")), "no Java block in " + guide);
    GuideProject project = GuideProject.copy(Path.of(System.getProperty("tracetrack.guide.project")),
        temp.resolve("tracetrack-app"), Goals.VERSION);
    try (EmbeddedDatabase server = EmbeddedDatabase.start(temp.resolve("pg15"),
        Path.of(System.getProperty("tracetrack.guide.postgres")))) {
      Map<String, String> environment = environment(server);
      try {
        for (Block block : blocks) {
          run(block, project, environment);
        }
      } finally {
        Files.writeString(Path.of(System.getProperty("tracetrack.guide.transcript")), transcript);
      }
      String all = transcript.toString();
      for (String secret : List.of(DEPLOYER_PASSWORD, STAGING_ADMIN_PASSWORD, PRODUCTION_ADMIN_PASSWORD)) {
        assertFalse(all.contains(secret), "a password was printed; see the transcript");
      }
      assertTrue(passwordMatches(adminHash(server, "staging"), STAGING_ADMIN_PASSWORD),
          "staging's admin does not have the password from ADMIN_PASSWORD");
      assertTrue(passwordMatches(adminHash(server, "production"), PRODUCTION_ADMIN_PASSWORD),
          "production's admin does not have the password from ADMIN_PASSWORD");
    }
    assertDevelopmentAdminHasTheLastPasswordShown(project);
  }

  private void run(Block block, GuideProject project, Map<String, String> environment) throws Exception {
    for (var marker : block.markers()) {
      assertTrue(MARKERS.contains(marker.key()), "unknown marker \"" + marker.key() + "\" above " + block.describe());
    }
    transcript.append("\n=== ").append(block.describe()).append('\n').append(block.text());
    if (block.has("illustration")) {
      return;
    }
    if (block.has("file")) {
      project.write(block.values("file").get(0), block.text());
    } else if (block.has("add to class")) {
      project.addToClass(block.values("add to class").get(0), block.text());
    } else if (block.has("methods of")) {
      project.replaceMethods(block.values("methods of").get(0), block.text());
    } else if (block.has("same as")) {
      project.assertSameAs(block.values("same as").get(0), block.text(), block.describe());
    } else if (SHELLS.contains(block.language())) {
      runShell(block, project, environment);
    } else {
      fail(block.describe() + " is neither run, nor placed in the project, nor marked as an illustration");
    }
  }

  private void runShell(Block block, GuideProject project, Map<String, String> environment) throws Exception {
    Path log = Files.createTempFile(temp, "block", ".log");
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -eo pipefail\n" + block.text())
        .directory(project.root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    long started = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(block.describe() + " did not finish in 300 s:\n" + Files.readString(log));
    }
    String out = Files.readString(log);
    transcript.append("--- exit ").append(process.exitValue()).append(" after ")
        .append((System.nanoTime() - started) / 1_000_000).append(" ms\n").append(out);
    String context = block.describe() + ":\n" + block.text() + "\nprinted:\n" + out;
    List<String> failures = block.values("expect-failure");
    if (failures.isEmpty()) {
      assertEquals(0, process.exitValue(), "failed: " + context);
    } else {
      assertTrue(process.exitValue() != 0, "should have failed: " + context);
    }
    for (String expected : concat(block.values("expect"), failures)) {
      assertTrue(out.contains(expected), "no \"" + expected + "\" in the output of " + context);
    }
    for (String unexpected : block.values("expect-not")) {
      assertFalse(out.contains(unexpected), "\"" + unexpected + "\" in the output of " + context);
    }
    for (String expectation : block.values("expect-file")) {
      String[] globAndText = expectation.split(" contains ", 2);
      String text = Files.readString(project.newest(globAndText[0]));
      assertTrue(text.contains(globAndText[1]), globAndText[0] + " lacks \"" + globAndText[1] + "\" after " + context);
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  /**
   * What the blocks see: the machine's tools, {@code mvn} as a wrapper that adds this build's
   * settings and local repository, and the staging and production databases.
   */
  private Map<String, String> environment(EmbeddedDatabase server) throws Exception {
    try (Connection admin = server.settings().connect(); Statement statement = admin.createStatement()) {
      statement.execute("CREATE ROLE deployer LOGIN PASSWORD '" + DEPLOYER_PASSWORD + "'");
      statement.execute("CREATE DATABASE staging OWNER deployer");
      statement.execute("CREATE DATABASE production OWNER deployer");
    }
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/bin/sh\nexec '" + Path.of(System.getProperty("maven.home"), "bin", "mvn") + "' -B -s '"
        + Goals.settings(temp) + "' -Dmaven.repo.local='" + System.getProperty("tracetrack.it.localRepository")
        + "' \"$@\"\n", StandardCharsets.UTF_8);
    assertTrue(mvn.toFile().setExecutable(true));
    String port = server.settings().url().replaceAll(".*://localhost:(\\d+)/.*", "$1");
    Map<String, String> environment = new HashMap<>();
    for (String name : List.of("HOME", "JAVA_HOME", "LANG", "TMPDIR", "USER")) {
      if (System.getenv(name) != null) {
        environment.put(name, System.getenv(name));
      }
    }
    environment.put("PATH", bin + ":" + System.getenv("PATH"));
    environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
    environment.put("STAGING_DATABASE_URL", databaseUrl(port, "staging"));
    environment.put("PRODUCTION_DATABASE_URL", databaseUrl(port, "production"));
    environment.put("STAGING_ADMIN_PASSWORD", STAGING_ADMIN_PASSWORD);
    environment.put("PRODUCTION_ADMIN_PASSWORD", PRODUCTION_ADMIN_PASSWORD);
    return environment;
  }

  private static String databaseUrl(String port, String database) {
    return "postgresql://deployer:" + DEPLOYER_PASSWORD + "@localhost:" + port + "/" + database;
  }

  private static String adminHash(EmbeddedDatabase server, String database) throws Exception {
    String url = server.settings().url().replaceAll("/postgres$", "/" + database);
    try (Connection connection = new io.tracetrack.migrations.core.db.DatabaseSettings(url, "postgres", null).connect();
        PreparedStatement query = connection.prepareStatement("SELECT password_hash FROM \"user\" WHERE username = 'admin'");
        ResultSet rows = query.executeQuery()) {
      assertTrue(rows.next(), "no admin user in " + database);
      return rows.getString(1);
    }
  }

  /** The development database's admin has the password that the last apply of its migration showed. */
  private void assertDevelopmentAdminHasTheLastPasswordShown(GuideProject project) throws Exception {
    Matcher shown = GENERATED_PASSWORD.matcher(transcript);
    String last = null;
    while (shown.find()) {
      last = shown.group(1);
    }
    assertTrue(last != null, "no generated admin password was shown");
    try (ItDatabase development = ItDatabase.open(project.root.toFile())) {
      List<String> hashes = development.strings("SELECT password_hash FROM \"user\" WHERE username = 'admin'");
      assertEquals(1, hashes.size(), "admin users in the development database: " + hashes);
      assertTrue(passwordMatches(hashes.get(0), last), "the development admin's password is not the one shown");
    }
  }

  /** Checks a {@code salt:hash} (Base64, PBKDF2-HMAC-SHA256) against a password, as the application would. */
  private static boolean passwordMatches(String stored, String password) throws Exception {
    String[] parts = stored.split(":");
    byte[] salt = Base64.getDecoder().decode(parts[0]);
    byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 256)).getEncoded();
    return Base64.getEncoder().encodeToString(hash).equals(parts[1]);
  }
}
