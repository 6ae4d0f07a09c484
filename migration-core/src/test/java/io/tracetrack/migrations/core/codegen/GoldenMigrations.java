package io.tracetrack.migrations.core.codegen;

import io.tracetrack.migrations.core.diff.ChangeCorpus;
import io.tracetrack.migrations.core.diff.SchemaDiff;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnNullable;
import io.tracetrack.migrations.core.operation.ColumnOperation.AlterColumnType;
import io.tracetrack.migrations.core.operation.Operation;
import io.tracetrack.migrations.core.operation.RawOperation.ExecuteSql;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migrations whose rendered source is kept as golden files under {@code
 * src/test/resources/golden/}: a fixed set of change-corpus cases that, between their upgrades and
 * downgrades, use every operation kind autogenerate writes, plus one hand-built migration for the
 * operations only people write. Also a main class, so a second JVM can render the same set.
 */
public final class GoldenMigrations {

  /** The corpus cases kept as golden files, by name. */
  static final List<String> CORPUS_CASES = List.of(
      "many elements at once",
      "rename: table with hint keeps data and convention names",
      "rename: column with hint renames its index and key",
      "enum: add value in the middle",
      "enum: drop a value of a column with a default",
      "enum: text column becomes native enum",
      "identity: by default added to an existing column",
      "identity: always becomes by default",
      "default: changes",
      "default: removed",
      "comment: table comment changed and removed",
      "comment: column comment",
      "schema: table in a new schema",
      "primary key: composite replaces single",
      "unique: add multi column",
      "column: nullable added, another dropped",
      "column: dropped with its index and check",
      "type: widen varchar",
      "type: text to varchar (narrowing)",
      "type: numeric precision and scale",
      "foreign key: ON DELETE CASCADE ON UPDATE SET NULL",
      "sequence: created",
      "sequence: every option changes",
      "sequence: dropped");

  /** Corpus cases of column options, kept after the split case so the earlier files keep their numbers. */
  static final List<String> COLUMN_OPTION_CASES = List.of(
      "identity options: changed",
      "serial: new table",
      "serial: widened to bigserial",
      "serial: becomes an identity",
      "serial: table renamed",
      "generated: expression changes",
      "generated: expression dropped, values kept",
      "collation: kept through a type change");

  private GoldenMigrations() {}

  /** One golden migration: its file, its class and the operations it renders. */
  record Golden(int number, String fileName, String className, String message, List<Operation> upgrade, List<Operation> downgrade,
      Map<Operation, String> warnings, int partBudget) {

    String render() {
      return MigrationClassWriter.render(PACKAGE, className,
          new RevisionHeader(String.format("%012x", number), List.of(), message, "2026-01-01 00:00:00"),
          upgrade, downgrade, warnings, null, partBudget).toString();
    }
  }

  /** The case rendered a second time with a small part budget, to show how a large body is split. */
  static final String SPLIT_CASE = "many elements at once";
  static final int SMALL_PART_BUDGET = 200;

  static final String PACKAGE = "com.example.migrations";

  /** The golden migrations, in order. */
  static List<Golden> all() {
    Map<String, ChangeCorpus.Case> corpus = new LinkedHashMap<>();
    ChangeCorpus.cases().forEach(c -> corpus.put(c.name(), c));
    List<Golden> all = new ArrayList<>();
    for (String name : CORPUS_CASES) {
      ChangeCorpus.Case c = corpus.get(name);
      if (c == null) {
        throw new IllegalStateException("no corpus case named \"" + name + "\"");
      }
      SchemaDiff diff = SchemaDiff.between(c.from(), c.to(), c.hints());
      all.add(golden(all.size() + 1, name, diff.upgrade(), diff.downgrade(), diff.warningsByOperation()));
    }
    all.add(golden(all.size() + 1, "written by hand", handWritten(), List.of(), Map.of()));
    ChangeCorpus.Case split = corpus.get(SPLIT_CASE);
    SchemaDiff diff = SchemaDiff.between(split.from(), split.to(), split.hints());
    Golden parts = golden(all.size() + 1, SPLIT_CASE + " split into parts", diff.upgrade(), diff.downgrade(),
        diff.warningsByOperation());
    all.add(new Golden(parts.number(), parts.fileName(), parts.className(), parts.message(), parts.upgrade(),
        parts.downgrade(), parts.warnings(), SMALL_PART_BUDGET));
    for (String name : COLUMN_OPTION_CASES) {
      ChangeCorpus.Case c = corpus.get(name);
      SchemaDiff optionDiff = SchemaDiff.between(c.from(), c.to(), c.hints());
      all.add(golden(all.size() + 1, name, optionDiff.upgrade(), optionDiff.downgrade(), optionDiff.warningsByOperation()));
    }
    return all;
  }

  /** Each golden migration's file name ({@code m01_many_elements_at_once.java}) and source, in order. */
  static Map<String, String> renderAll() {
    Map<String, String> rendered = new LinkedHashMap<>();
    all().forEach(g -> rendered.put(g.fileName(), g.render()));
    return rendered;
  }

  /** Every operation rendered in the golden set, upgrades and downgrades. */
  static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Golden golden : all()) {
      operations.addAll(golden.upgrade());
      operations.addAll(golden.downgrade());
    }
    return operations;
  }

  /** Operations autogenerate never writes but a person may, rendered the same way. */
  private static List<Operation> handWritten() {
    return List.of(
        new ExecuteSql("UPDATE \"user\" SET name = 'n/a' WHERE name IS NULL"),
        new AlterColumnNullable("user", "name", false),
        new AlterColumnType("price", "amount", "numeric(12,2)", "round(amount, 2)"));
  }

  private static Golden golden(int number, String name, List<Operation> upgrade, List<Operation> downgrade,
      Map<Operation, String> warnings) {
    String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    return new Golden(number, String.format("m%02d_%s.java", number, slug), String.format("M20260101%06d_%s", number, camel(name)),
        name, upgrade, downgrade, warnings, MigrationClassWriter.PART_BUDGET);
  }

  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }

  /** Renders the golden set into the directory named by the only argument, one file each. */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    Files.createDirectories(directory);
    for (Map.Entry<String, String> golden : renderAll().entrySet()) {
      Files.writeString(directory.resolve(golden.getKey()), golden.getValue(), StandardCharsets.UTF_8);
    }
  }
}
