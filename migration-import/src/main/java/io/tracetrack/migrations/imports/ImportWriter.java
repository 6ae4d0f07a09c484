package io.tracetrack.migrations.imports;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import io.tracetrack.migrations.ImportedFrom;
import io.tracetrack.migrations.core.MigrationException;
import io.tracetrack.migrations.core.codegen.MigrationClassWriter;
import io.tracetrack.migrations.core.codegen.NewMigration;
import io.tracetrack.migrations.core.codegen.RevisionHeader;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an imported history as migration classes with the generator {@code tracetrack:migrate}
 * uses: one per unit (or per file), in order, each revising the one before. Revision ids are a
 * hash of the unit's file, id and author, so importing the same history again gives the same ids.
 * The classes are rendered and written into a folder of their own first and moved into the
 * migrations package only when all of them are: an error leaves the package as it was.
 */
public final class ImportWriter {
  private final NewMigration target;
  private final boolean perFile;

  /**
   * @param target where the classes go, and the clock of their create dates (its id source is not
   *     used: ids come from the units)
   * @param perFile one migration per source file instead of one per unit
   */
  public ImportWriter(NewMigration target, boolean perFile) {
    this.target = target;
    this.perFile = perFile;
  }

  /** One written class, and what it holds. */
  public record Written(Path file, String revision, String message, String irreversible) {}

  /**
   * Writes the history after {@code parent} (null for the first revision), starting from {@code
   * start}, the schema the existing migrations build. Returns the classes in order.
   */
  public List<Written> write(ImportedHistory history, Schema start, String parent) {
    List<Rendered> rendered = render(history, start, parent);
    Path packageDirectory = target.packageDirectory();
    for (Rendered r : rendered) {
      Path file = packageDirectory.resolve(r.className() + ".java");
      if (Files.exists(file)) {
        throw new MigrationException("Migration file " + file + " already exists; nothing was imported");
      }
    }
    Path staging = null;
    try {
      Files.createDirectories(packageDirectory);
      staging = Files.createTempDirectory(packageDirectory, ".tracetrack-import-");
      for (Rendered r : rendered) {
        Files.writeString(staging.resolve(r.className() + ".java"), r.source(), StandardCharsets.UTF_8);
      }
      List<Written> written = new ArrayList<>();
      for (Rendered r : rendered) {
        Path file = packageDirectory.resolve(r.className() + ".java");
        Files.move(staging.resolve(r.className() + ".java"), file, StandardCopyOption.ATOMIC_MOVE);
        written.add(new Written(file, r.header().id(), r.header().message(), r.irreversible()));
      }
      return written;
    } catch (IOException e) {
      throw new MigrationException("Cannot write the imported migrations into " + packageDirectory + ": " + e, e);
    } finally {
      deleteQuietly(staging);
    }
  }

  private record Rendered(String className, RevisionHeader header, String source, String irreversible) {}

  private record Group(String file, List<ImportedUnit> units) {}

  private List<Rendered> render(ImportedHistory history, Schema start, String parent) {
    Schema schema = start;
    String previous = parent;
    Instant base = target.clock().instant();
    List<Rendered> rendered = new ArrayList<>();
    List<Group> groups = groups(history.units());
    for (int i = 0; i < groups.size(); i++) {
      Group group = groups.get(i);
      List<Operation> upgrade = new ArrayList<>();
      List<Operation> downgrade = new ArrayList<>();
      Map<Operation, String> comments = new IdentityHashMap<>();
      List<String> irreversible = new ArrayList<>();
      for (ImportedUnit unit : group.units()) {
        Translation translation = Translation.of(unit, history, schema);
        upgrade.addAll(translation.upgrade());
        downgrade.addAll(0, translation.downgrade());
        comments.putAll(translation.comments());
        if (translation.irreversible() != null) {
          irreversible.add(unit.id() + ": " + translation.irreversible());
        }
        schema = translation.after();
      }
      // Seconds apart, so that class names sort in the history's order.
      NewMigration at = new NewMigration(target.sourceRoot(), target.packageName(),
          Clock.fixed(base.plusSeconds(i), target.clock().getZone()), target.ids());
      String message = message(history, group);
      RevisionHeader header = new RevisionHeader(revisionId(group), previous == null ? List.of() : List.of(previous),
          message, at.createDate());
      String className = at.className(group.units().size() == 1 ? nameOf(group.units().get(0)) : group.file());
      boolean transactional = group.units().stream().allMatch(ImportedUnit::transactional);
      String source = MigrationClassWriter.render(target.packageName(), className, header, upgrade, downgrade,
          comments, "Nothing to do: the " + history.tool() + " " + history.unitNoun() + " makes no schema change",
          transactional, List.of(importedFrom(history.tool(), group))).toString();
      rendered.add(new Rendered(className, header, source, irreversible.isEmpty() ? null : String.join("; ", irreversible)));
      previous = header.id();
    }
    return rendered;
  }

  /** What a class is named after: the changeset's id, or its comment when the id is a bare number. */
  private static String nameOf(ImportedUnit unit) {
    if (!unit.id().matches("[0-9.]+")) {
      return unit.id();
    }
    return unit.comment() == null || unit.comment().isBlank() ? "Changeset " + unit.id() : unit.id() + " " + unit.comment();
  }

  private List<Group> groups(List<ImportedUnit> units) {
    List<Group> groups = new ArrayList<>();
    if (!perFile) {
      units.forEach(u -> groups.add(new Group(u.file(), List.of(u))));
      return groups;
    }
    Map<String, List<ImportedUnit>> byFile = new LinkedHashMap<>();
    for (ImportedUnit unit : units) {
      byFile.computeIfAbsent(unit.file(), f -> new ArrayList<>()).add(unit);
    }
    byFile.forEach((file, inFile) -> groups.add(new Group(file, inFile)));
    return groups;
  }

  /** What {@code upgrade} matches against the tool's table to adopt a database: the units' keys. */
  private static AnnotationSpec importedFrom(String tool, Group group) {
    CodeBlock units = group.units().stream().map(u -> CodeBlock.of("$S", u.key()))
        .collect(CodeBlock.joining(", ", "{", "}"));
    return AnnotationSpec.builder(ImportedFrom.class).addMember("tool", "$S", tool.toLowerCase(Locale.ROOT))
        .addMember("units", "$L", units).build();
  }

  /** The unit's id, author and file, and its comment: the migration's message and header. */
  private static String message(ImportedHistory history, Group group) {
    String tool = history.tool();
    if (group.units().size() == 1) {
      ImportedUnit unit = group.units().get(0);
      String comment = unit.comment() == null || unit.comment().isBlank() ? "" : ": " + unit.comment().strip();
      return tool + " " + history.unitNoun() + " " + unit.describe() + comment;
    }
    return tool + " changelog " + group.file() + ", changesets "
        + String.join(", ", group.units().stream().map(u -> u.id() + (u.author() == null ? "" : " by " + u.author())).toList());
  }

  private static String revisionId(Group group) {
    StringBuilder key = new StringBuilder();
    group.units().forEach(u -> key.append(u.file()).append("::").append(u.id()).append("::").append(u.author()).append('\n'));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover staging folder holds only copies; the import itself is complete or refused.
    }
  }
}
