package io.tracetrack.migrations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folder trees the bench copies, puts back and cleans up between runs. */
final class Trees {
  private Trees() {}

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Copies a tree with its files' times, so that a build sees the copy as up to date as the original. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  /** Puts {@code dir} back as {@code saved} is. */
  static void replace(Path dir, Path saved) throws IOException {
    delete(dir);
    copy(saved, dir);
  }

  static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  /** Deletes the files of {@code dir} not in {@code before}, which must be {@code expected} of them. */
  static void removeNew(Path dir, List<Path> before, int expected) throws IOException {
    List<Path> added = new ArrayList<>(list(dir));
    added.removeAll(before);
    if (added.size() != expected) {
      throw new IllegalStateException("Expected " + expected + " new file(s) in " + dir + ", found " + added);
    }
    for (Path file : added) {
      Files.delete(file);
    }
  }
}
