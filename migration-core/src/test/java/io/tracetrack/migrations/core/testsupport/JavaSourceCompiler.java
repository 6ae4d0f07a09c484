package io.tracetrack.migrations.core.testsupport;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tracetrack.migrations.Migration;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated sources with the system Java compiler and loads the classes. */
public final class JavaSourceCompiler {

  private JavaSourceCompiler() {}

  /**
   * The compile class path: {@code java.class.path}, plus the jars or folders that hold the
   * migration API (surefire may put only a manifest jar on {@code java.class.path}).
   */
  public static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(entry);
      }
    }
    try {
      entries.add(Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return String.join(File.pathSeparator, entries);
  }

  /** Compiles the given source files into {@code classes}; fails the test with javac's output on error. */
  public static void compile(List<Path> sources, Path classes) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "no system Java compiler: run the tests on a JDK");
    Files.createDirectories(classes);
    List<String> args = new ArrayList<>(List.of(
        "-classpath", classPath(), "-d", classes.toString(), "-encoding", "UTF-8", "-proc:none", "-Xlint:all", "-Werror"));
    sources.forEach(s -> args.add(s.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = javac.run(null, out, out, args.toArray(String[]::new));
    assertTrue(status == 0, "javac failed for " + sources + ":\n" + out.toString(StandardCharsets.UTF_8) + "\n"
        + sources.stream().map(JavaSourceCompiler::read).reduce("", String::concat));
  }

  /** Writes one source file under {@code sourceRoot} in its package folder. */
  public static Path write(Path sourceRoot, String packageName, String className, String source) throws IOException {
    Path file = sourceRoot.resolve(packageName.replace('.', '/')).resolve(className + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file;
  }

  /** Loads a class from compiled output, with the test's own class loader as parent (one copy of the API). */
  public static Class<?> load(Path classes, String binaryName) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        JavaSourceCompiler.class.getClassLoader());
    return Class.forName(binaryName, true, loader);
  }

  /** Instantiates a compiled migration class through its no-argument constructor. */
  public static Migration instantiate(Path classes, String binaryName) throws Exception {
    Object instance = load(classes, binaryName).getDeclaredConstructor().newInstance();
    return (Migration) instance;
  }

  private static String read(Path file) {
    try {
      return "--- " + file + "\n" + Files.readString(file);
    } catch (IOException e) {
      return "--- " + file + " (unreadable: " + e + ")\n";
    }
  }
}
