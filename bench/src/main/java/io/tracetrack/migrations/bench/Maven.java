package io.tracetrack.migrations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code mvn} in a project with a given local repository, timing it; a failed run stops the bench with its log. */
final class Maven {
  private final Path repository;
  private final Path logs;
  private int runs;

  Maven(Path repository, Path logs) {
    this.repository = repository;
    this.logs = logs;
  }

  /** Wall seconds of {@code mvn -B -q [-o] args} in {@code project}. */
  double run(Path project, boolean offline, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q", "-Dmaven.repo.local=" + repository));
    if (offline) {
      command.add("-o");
    }
    command.addAll(List.of(args));
    Path log = Files.createDirectories(logs).resolve(String.format("%04d-%s.log", ++runs, args[0].replace(':', '-')));
    Files.writeString(log, String.join(" ", command) + "\n(in " + project + ")\n");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed in " + project + " (exit " + exit + "):\n"
          + Files.readString(log));
    }
    return seconds;
  }

  /** The first line of {@code mvn -v}, without its colours. */
  String version() throws IOException, InterruptedException {
    Process process = new ProcessBuilder("mvn", "-v", "-B").redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    process.waitFor();
    return out.lines().findFirst().orElse("Maven (version unknown)").replaceAll("\u001B\\[[;\\d]*m", "").trim();
  }
}
