package io.tracetrack.migrations.it;

import io.tracetrack.migrations.core.db.EmbeddedDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
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
import java.util.concurrent.TimeUnit;

/**
 * A run killed with SIGKILL while it has the embedded database open, for an IT project: a child
 * JVM starts the server on the project's data folder, and is killed once the server is up. The
 * server stays behind, as it does when a goal is killed.
 */
public final class ItKilledRun {

  private ItKilledRun() {}

  /** Leaves a server running on {@code dataDirectory}; returns its pid (from {@code postmaster.pid}). */
  public static long leaveServerBehind(File dataDirectory) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classPath(), ItKilledRun.class.getName(), dataDirectory.getAbsolutePath());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    StringBuilder said = new StringBuilder();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
        said.append(line).append('\n');
      }
      child.destroyForcibly(); // SIGKILL: the child cannot stop its server
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the killed run did not end");
      }
    }
    Path pidFile = dataDirectory.toPath().resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      throw new IllegalStateException("the killed run left no server behind:\n" + said);
    }
    long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
      return pid;
    }
    throw new IllegalStateException("the server of the killed run is not running:\n" + said);
  }

  /** Starts the server on a data folder, says {@code ready}, and waits to be killed. */
  public static void main(String[] args) throws Exception {
    EmbeddedDatabase.start(Path.of(args[0]));
    System.out.println("ready");
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait to be killed
    }
  }

  /** The class path this class was loaded from: the hook scripts' loader, or the JVM's own. */
  private static String classPath() throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    for (ClassLoader loader = ItKilledRun.class.getClassLoader(); loader != null; loader = loader.getParent()) {
      if (loader instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          if (url.getProtocol().equals("file")) {
            entries.add(Path.of(url.toURI()).toString());
          }
        }
      }
    }
    List<String> all = new ArrayList<>(entries);
    all.add(System.getProperty("java.class.path"));
    return String.join(File.pathSeparator, all);
  }
}
