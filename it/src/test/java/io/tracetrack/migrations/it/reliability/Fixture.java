package io.tracetrack.migrations.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A small project for one case, in Maven's layout: migration sources written from strings and
 * compiled (the suite's fixtures, not the thing under test), an optional schema snapshot, a POM
 * that uses the plugin (for {@link Goals}), and the child process that runs {@link Cli} on it.
 */
final class Fixture {
  static final String PACKAGE = "com.example.migrations";

  final Path root;
  final Path sources;
  final Path classes;

  private Fixture(Path root) {
    this.root = root;
    this.sources = root.resolve("src/main/java");
    this.classes = root.resolve("target/classes");
  }

  static Fixture create(Path temp) throws IOException {
    Fixture fixture = new Fixture(temp);
    Files.createDirectories(fixture.sources.resolve(PACKAGE.replace('.', '/')));
    Files.createDirectories(fixture.classes.resolve(PACKAGE.replace('.', '/')));
    Files.writeString(fixture.root.resolve("pom.xml"), POM.replace("@version@", Goals.VERSION), StandardCharsets.UTF_8);
    return fixture;
  }

  /** The header of the first migration of {@link #withAccount}. */
  static final String ACCOUNT = "id = \"aaaa00000001\", message = \"Create account\"";

  /** A project whose first migration creates table account with two rows (not compiled yet). */
  static Fixture withAccount(Path temp) throws IOException {
    return create(temp).migration("M1_CreateAccount", ACCOUNT,
        "op.createTable(\"account\", column(\"id\", \"bigint\").primaryKey(), column(\"name\", \"text\"));\n"
            + "    op.execute(\"INSERT INTO account (id, name) VALUES (1, 'ada'), (2, 'ada')\");",
        "op.dropTable(\"account\");");
  }

  /** What a user's project needs for the goals: the annotations, the plugin and its migrations package. */
  private static final String POM = """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.example</groupId>
        <artifactId>reliability-fixture</artifactId>
        <version>1.0</version>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
        </properties>
        <dependencies>
          <dependency>
            <groupId>io.tracetrack</groupId>
            <artifactId>migration-annotations</artifactId>
            <version>@version@</version>
          </dependency>
        </dependencies>
        <build>
          <plugins>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-compiler-plugin</artifactId>
              <version>3.13.0</version>
            </plugin>
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-resources-plugin</artifactId>
              <version>3.3.1</version>
            </plugin>
            <plugin>
              <groupId>io.tracetrack</groupId>
              <artifactId>migration-maven-plugin</artifactId>
              <version>@version@</version>
              <configuration>
                <migrationsPackage>com.example.migrations</migrationsPackage>
              </configuration>
            </plugin>
          </plugins>
        </build>
      </project>
      """;

  /** Path and SHA-256 of every source file, to prove a failed goal changed none (the goal itself writes under target). */
  Map<String, String> sourceFiles() throws IOException {
    return hashes(root.resolve("src"));
  }

  /** A copy of the whole project in {@code target}, for a second process that must not share its build output. */
  Fixture copyTo(Path target) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path from : all.toList()) {
        Path to = target.resolve(root.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return new Fixture(target);
  }

  /**
   * A migration class. {@code header} is what goes inside {@code @Revision(...)}; {@code up} and
   * {@code down} are method bodies that use {@code op}.
   */
  Fixture migration(String className, String header, String up, String down) throws IOException {
    return source(className, "package " + PACKAGE + ";\n\n"
        + "import static io.tracetrack.migrations.ColumnDef.column;\n"
        + "import io.tracetrack.migrations.*;\n\n"
        + "@Revision(" + header + ")\n"
        + "public final class " + className + " implements Migration {\n"
        + "  @Override public void upgrade(Operations op) {\n    " + up + "\n  }\n"
        + "  @Override public void downgrade(Operations op) {\n    " + down + "\n  }\n"
        + "}\n");
  }

  Fixture source(String className, String text) throws IOException {
    Files.writeString(sources.resolve(PACKAGE.replace('.', '/')).resolve(className + ".java"), text,
        StandardCharsets.UTF_8);
    return this;
  }

  /** Compiles every source; the test fails with javac's output when a fixture does not compile. */
  Fixture compile() throws IOException {
    List<String> args = new ArrayList<>(List.of("-classpath", classPath(), "-d", classes.toString(),
        "-encoding", "UTF-8", "-proc:none"));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = javac.run(null, out, out, args.toArray(String[]::new));
    assertEquals(0, status, "fixture does not compile:\n" + out.toString(StandardCharsets.UTF_8));
    return this;
  }

  /** Writes {@code META-INF/tracetrack/schema.json} into the compiled classes. */
  Fixture snapshot(String json) throws IOException {
    Path file = classes.resolve("META-INF/tracetrack/schema.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return this;
  }

  /** Path and SHA-256 of every file under the fixture, to prove a failed run changed none. */
  Map<String, String> files() throws IOException {
    return hashes(root);
  }

  private Map<String, String> hashes(Path directory) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(directory)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  /** The arguments that point {@link Cli} at this fixture. */
  List<String> args(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--classes", classes.toString(), "--package", PACKAGE,
        "--source", sources.toString()));
    args.addAll(List.of(more));
    return args;
  }

  static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** What a child process printed and how it ended. */
  record Result(int exit, String out, String err, long millis) {
    String all() {
      return out + err;
    }
  }

  /** Starts {@link Cli} in a child JVM. */
  static Process start(List<String> args, Map<String, String> environment, File log) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", classPath(), Cli.class.getName()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
    builder.environment().remove("DATABASE_URL");
    builder.environment().putAll(environment);
    builder.redirectOutput(log);
    builder.redirectError(new File(log.getPath() + ".err"));
    return builder.start();
  }

  /**
   * Polls a running child's output until a line contains {@code fragment}; fails when the process
   * ends first or after {@code seconds}. How the suite waits for a child to reach a point.
   */
  static void awaitOutput(Process process, File log, String fragment, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!Files.readString(log.toPath()).contains(fragment)) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("the child " + (process.isAlive() ? "did not print" : "ended without printing")
            + " \"" + fragment + "\":\n" + Files.readString(log.toPath()));
      }
      process.waitFor(50, TimeUnit.MILLISECONDS);
    }
  }

  static Result run(List<String> args, Map<String, String> environment, Path temp) throws Exception {
    File log = Files.createTempFile(temp, "cli", ".log").toFile();
    long started = System.nanoTime();
    Process process = start(args, environment, log);
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("Cli " + args + " did not finish in 90 s");
    }
    return new Result(process.exitValue(), Files.readString(log.toPath()),
        Files.readString(Path.of(log.getPath() + ".err")), (System.nanoTime() - started) / 1_000_000);
  }

  static Map<String, String> env(String... pairs) {
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void delete(Path path) {
    try (Stream<Path> all = Files.walk(path)) {
      all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
