package io.tracetrack.migrations.core.check;

import io.tracetrack.migrations.core.check.Difference.Kind;
import io.tracetrack.migrations.core.runner.ChangedMigrationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code check} found: every difference, one line each, grouped by kind, each group followed by
 * the command that fixes it. Empty when all is in order.
 */
public final class CheckReport {
  private final List<Difference> differences;
  private final List<String> notes;
  private final boolean databaseChecked;

  /** A report of a check that looked at a database too. */
  public CheckReport(List<Difference> differences, List<String> notes) {
    this(differences, notes, true);
  }

  /**
   * @param databaseChecked false for the offline check, whose "no differences" must not speak for
   *     a database it never read
   */
  public CheckReport(List<Difference> differences, List<String> notes, boolean databaseChecked) {
    this.databaseChecked = databaseChecked;
    List<Difference> sorted = new ArrayList<>(differences);
    sorted.sort(Comparator.comparing(Difference::kind));
    this.differences = List.copyOf(sorted);
    this.notes = List.copyOf(notes);
  }

  public boolean ok() {
    return differences.isEmpty();
  }

  public List<Difference> differences() {
    return differences;
  }

  public List<Difference> differences(Kind kind) {
    return differences.stream().filter(d -> d.kind() == kind).toList();
  }

  /** What was checked and what was not (the database part skipped offline, say), for the log. */
  public List<String> notes() {
    return notes;
  }

  /** The failure text in the engine's words: a heading, then per kind the lines and what fixes them. */
  public String render() {
    return render("check", CheckReport::fix);
  }

  /**
   * The failure text in a front end's words.
   *
   * @param command the check command as its users type it, for the heading ({@code check})
   * @param fix what fixes each kind of difference, as its users would do it
   */
  public String render(String command, Function<Kind, String> fix) {
    if (ok()) {
      return databaseChecked ? "No differences: the entities, the migrations and the database agree"
          : "No differences: the entities and the migrations agree (offline: the database was not checked)";
    }
    StringBuilder text = new StringBuilder(command + " found " + differences.size()
        + (differences.size() == 1 ? " difference:" : " differences:"));
    for (Kind kind : Kind.values()) {
      List<Difference> group = differences(kind);
      if (group.isEmpty()) {
        continue;
      }
      text.append("\n").append(heading(kind));
      group.forEach(d -> text.append("\n  - ").append(d.text()));
      text.append("\n  Fix: ").append(fix.apply(kind));
    }
    return text.toString();
  }

  private static String heading(Kind kind) {
    return switch (kind) {
      case HEADS -> "The migrations have several heads (branches not merged):";
      case MODEL -> "The entities differ from the schema the migrations build:";
      case UNKNOWN_REVISION -> "The database is at a revision no migration class declares:";
      case PENDING -> "Migrations not applied to the database:";
      case CHANGED -> "Applied migrations changed since they ran:";
      case DRIFT -> "The database schema differs from the schema its revision should have (drift):";
    };
  }

  /** What fixes each kind, in the engine's words (its commands: autogenerate, upgrade, stamp, revision, repair). */
  public static String fix(Kind kind) {
    return switch (kind) {
      case HEADS -> "merge the heads into one revision, then upgrade";
      case MODEL -> "autogenerate a migration for the change, review it, then upgrade";
      case UNKNOWN_REVISION -> "restore the missing migration class, or stamp the database to a known revision";
      case PENDING -> "upgrade";
      case CHANGED -> ChangedMigrationException.ADVICE;
      case DRIFT -> "find out who changed the database by hand; put the change in a migration"
          + " (a new revision) or undo it in the database";
    };
  }
}
