package io.tracetrack.migrations.it.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The plugin's real goals in a child Maven ({@code mvn tracetrack:upgrade ...}) on a {@link Fixture}
 * project: the plugin and its dependencies come from the local repository that maven-invoker's
 * {@code install} filled ({@code it/target/local-repo}), so what runs is what users run, Mojo layer
 * included: database choice (url, DATABASE_URL, serverId, the embedded fallback) and the mapping
 * of engine errors to build failures. The suite runs in the {@code integration-test} phase, after
 * that install (see it/pom.xml).
 */
public final class Goals {
  public static final String VERSION = required("tracetrack.version");

  private Goals() {}

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(property + " is not set: run the suite through it/pom.xml");
    }
    return value;
  }

  /**
   * The settings the child Maven uses: artifacts from the local repository of the outer build
   * (as the invoker ITs' settings.xml does), and the given {@code <server>} entries.
   */
  public static Path settings(Path directory, String... servers) throws IOException {
    String remote = Path.of(required("tracetrack.it.remoteRepository")).toUri().toString();
    String repository = "<id>local.central</id><url>" + remote + "</url>"
        + "<releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots>";
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i + 2 < servers.length; i += 3) {
      entries.append("<server><id>").append(servers[i]).append("</id><username>").append(servers[i + 1])
          .append("</username><password>").append(servers[i + 2]).append("</password></server>");
    }
    Path file = Files.createTempFile(directory, "settings", ".xml");
    Files.writeString(file, "<settings><servers>" + entries + "</servers><profiles><profile><id>it-repo</id>"
        + "<activation><activeByDefault>true</activeByDefault></activation>"
        + "<repositories><repository>" + repository + "</repository></repositories>"
        + "<pluginRepositories><pluginRepository>" + repository + "</pluginRepository></pluginRepositories>"
        + "</profile></profiles></settings>", StandardCharsets.UTF_8);
    return file;
  }

  /** Starts {@code mvn -B -s settings ARGS} in the fixture; its output (both streams) goes to {@code log}. */
  static Process start(Fixture fixture, Path settings, List<String> args, Map<String, String> environment, File log)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(required("maven.home"), "bin", "mvn").toString(), "-B",
        "-s", settings.toString(), "-Dmaven.repo.local=" + required("tracetrack.it.localRepository")));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(fixture.root.toFile()).redirectErrorStream(true);
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("MAVEN_ARGS");
    builder.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -Xshare:auto");
    builder.environment().putAll(environment);
    builder.redirectOutput(log);
    return builder.start();
  }

  /** Runs the goals to the end; {@link Fixture.Result#out()} holds Maven's whole output. */
  static Fixture.Result run(Fixture fixture, Path settings, List<String> args, Map<String, String> environment,
      Path temp) throws Exception {
    File log = Files.createTempFile(temp, "mvn", ".log").toFile();
    long started = System.nanoTime();
    Process process = start(fixture, settings, args, environment, log);
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("mvn " + args + " did not finish in 180 s:\n" + Files.readString(log.toPath()));
    }
    return new Fixture.Result(process.exitValue(), Files.readString(log.toPath()), "",
        (System.nanoTime() - started) / 1_000_000);
  }
}
