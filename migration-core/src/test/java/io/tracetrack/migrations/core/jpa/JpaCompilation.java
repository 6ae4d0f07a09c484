package io.tracetrack.migrations.core.jpa;

import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.testsupport.JavaSourceCompiler;
import io.tracetrack.migrations.processor.EntityProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One javac run over JPA entity sources (and any migrations beside them) with our processor, as a
 * project's build runs it: the classes, the snapshot the processor wrote, and javac's messages.
 *
 * @param classNames the binary names of the compiled sources, one per file
 */
record JpaCompilation(boolean succeeded, String messages, Path classes, List<String> classNames) {

  /**
   * Compiles {@code sources} (binary name of each file's top-level class to its path) into {@code
   * classes} with {@code -Atracetrack.naming=<naming>}.
   */
  static JpaCompilation run(Map<String, Path> sources, Path classes, String naming) throws IOException {
    Files.createDirectories(classes);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter out = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      JavaCompiler.CompilationTask task = javac.getTask(out, files, null,
          List.of("-classpath", JavaSourceCompiler.classPath(), "-d", classes.toString(), "-encoding", "UTF-8",
              "-Atracetrack.naming=" + naming),
          null, files.getJavaFileObjectsFromPaths(sources.values()));
      task.setProcessors(List.of(new EntityProcessor()));
      ok = task.call();
    }
    return new JpaCompilation(ok, out.toString(), classes, new ArrayList<>(sources.keySet()));
  }

  /** The snapshot the processor wrote. */
  Snapshot snapshot() throws IOException {
    try (InputStream in = Files.newInputStream(classes.resolve(Snapshot.RESOURCE))) {
      return Snapshot.read(in, Snapshot.RESOURCE);
    }
  }

  /** The Java sources under a folder (none when it is missing), by the binary name of each file's top-level class. */
  static Map<String, Path> javaFiles(Path root) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
        String relative = root.relativize(p).toString();
        files.put(relative.substring(0, relative.length() - ".java".length()).replace(java.io.File.separatorChar, '.'), p);
      });
    }
    return files;
  }
}
