package io.tracetrack.migrations.it.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scratch copy of the guide's project ({@code it/src/test/guide-project}) and the edits the
 * guide's Java blocks make to it, each where the block's marker says.
 */
final class GuideProject {
  final Path root;

  private GuideProject(Path root) {
    this.root = root;
  }

  /** Copies the fixture into {@code target}, with the plugin version under test in its POM. */
  static GuideProject copy(Path fixture, Path target, String version) throws IOException {
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path from : files.toList()) {
        Path to = target.resolve(fixture.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.writeString(to, Files.readString(from).replace("@tracetrack.version@", version));
        }
      }
    }
    return new GuideProject(target);
  }

  /** {@code file: PATH}: the block is the whole file (new, or replacing what is there). */
  void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** {@code add to class: PATH}: the block's lines go at the end of the class body. */
  void addToClass(String path, String text) throws IOException {
    Path file = only(path);
    String source = Files.readString(file);
    int end = source.lastIndexOf('}');
    Files.writeString(file, source.substring(0, end) + "\n" + indent(text) + source.substring(end));
  }

  /**
   * {@code methods of: GLOB}: the block replaces the class's methods (from the first {@code
   * @Override} to the class's closing brace) in the one file the glob names, as a migration that
   * {@code migrate} or {@code revision} wrote is edited.
   */
  void replaceMethods(String glob, String text) throws IOException {
    Path file = only(glob);
    String source = Files.readString(file);
    int start = source.indexOf("    @Override");
    int end = source.lastIndexOf('}');
    if (start < 0) {
      throw new AssertionError("no @Override method in " + file);
    }
    Files.writeString(file, source.substring(0, start) + indent(text) + source.substring(end));
  }

  /**
   * {@code same as: GLOB}: the block shows the file the glob names as the goals wrote it, but for
   * what differs on every run: revision ids, dates and the class name's time stamp.
   */
  void assertSameAs(String glob, String text, String where) throws IOException {
    assertEquals(normalize(text), normalize(Files.readString(only(glob))),
        where + " does not show " + glob + " as it was generated");
  }

  private static String normalize(String java) {
    return java.replaceAll("\\b[0-9a-f]{12}\\b", "<id>")
        .replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}", "<date>")
        .replaceAll("\\bM\\d{14}_", "M<stamp>_")
        .strip();
  }

  /** The newest of the files a glob names (a block's backup, say, beside earlier ones). */
  Path newest(String glob) throws IOException {
    return matching(glob).stream().max(Comparator.comparing(GuideProject::modified))
        .orElseThrow(() -> new AssertionError("the guide names " + glob + ", which matches nothing in the project"));
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one file that a path (a glob) names in the project; anything else fails the test. */
  Path only(String glob) throws IOException {
    List<Path> matches = matching(glob);
    if (matches.size() != 1) {
      throw new AssertionError("the guide names " + glob + ", which matches " + matches + " in the project");
    }
    return matches.get(0);
  }

  private List<Path> matching(String glob) throws IOException {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).filter(f -> matcher.matches(root.relativize(f))).toList();
    }
  }

  private static String indent(String text) {
    StringBuilder indented = new StringBuilder();
    for (String line : text.strip().split("\n", -1)) {
      indented.append(line.isBlank() ? "" : "    " + line).append('\n');
    }
    return indented.toString();
  }
}
