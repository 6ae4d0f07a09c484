package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.SqlExpressions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Bean Validation's constraints as Hibernate ORM writes them into the DDL when a validator is
 * present ({@code hibernate.validator.apply_to_ddl}, Hibernate's {@code TypeSafeActivator}):
 * {@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank} make the columns NOT NULL; {@code @Size(max)}
 * and Hibernate Validator's {@code @Length(max)} on a {@code String} set the length; {@code @Digits}
 * the precision and scale; {@code @Min}/{@code @Max} add a column check. Other constraints change
 * nothing, and constraints on an embedded attribute count only where Hibernate follows them: through
 * {@code @Valid}, NOT NULL only under a NOT NULL parent.
 *
 * <p>Which attributes these apply to depends on where the reader is: it opens a {@link Scope} for
 * an entity's attribute and one for each embeddable it enters; outside them (collection elements)
 * no constraint applies, as Hibernate applies none there.
 */
final class JpaValidation {
  /** The processor option: {@code ddl} or {@code none}. */
  static final String OPTION = "tracetrack.beanValidation";
  /** Hibernate Validator: with it on the compile class path, Hibernate finds a validator and applies the constraints. */
  static final String HIBERNATE_VALIDATOR_CLASS = "org.hibernate.validator.HibernateValidator";

  /** Whether the constraints reach the DDL. */
  enum Mode {
    DDL, NONE;

    /**
     * The mode an option value names, or null without one ({@link #byClassPath} decides then).
     *
     * @throws IllegalArgumentException for any other value
     */
    static Mode written(String option) {
      if (option == null || option.isBlank()) {
        return null;
      }
      return switch (option.trim().toLowerCase(Locale.ROOT)) {
        case "ddl" -> DDL;
        case "none" -> NONE;
        default -> throw new IllegalArgumentException("-A" + OPTION + "=" + option
            + " is not a choice: use ddl (Bean Validation constraints shape the columns, as Hibernate applies them)"
            + " or none");
      };
    }

    /**
     * Without the option, what Hibernate's default validation mode {@code AUTO} does: apply the
     * constraints when it finds a validator, that is when Hibernate Validator is on the class path
     * (the API alone gives no validator, and Hibernate then skips them).
     */
    static Mode byClassPath(Elements elements) {
      return elements.getTypeElement(HIBERNATE_VALIDATOR_CLASS) != null ? DDL : NONE;
    }
  }

  /** Where the reader is: whether constraints apply there, and whether their NOT NULL does. */
  final class Scope implements AutoCloseable {
    private final boolean applies;
    private final boolean notNull;

    private Scope(boolean applies, boolean notNull) {
      this.applies = applies;
      this.notNull = notNull;
      scopes.push(this);
    }

    @Override
    public void close() {
      scopes.pop();
    }
  }

  private final Deque<Scope> scopes = new ArrayDeque<>();
  /** The parts of the column checks joined here, by constraint name. */
  private final Map<String, List<String>> columnCheckParts = new HashMap<>();
  private final Mode mode;
  private final BeanConstraints constraints;
  private final Messager messager;

  JpaValidation(Mode mode, Types types, Messager messager) {
    this.mode = mode;
    this.constraints = new BeanConstraints(types);
    this.messager = messager;
  }

  /** Enters an entity's attribute, its own or inherited: its constraints apply. */
  Scope attribute() {
    return new Scope(mode == Mode.DDL, mode == Mode.DDL);
  }

  /**
   * Enters the embeddable of an embedded field: its constraints apply when the field says
   * {@code @Valid} (and so did every embedding field above), their NOT NULL when the field is also
   * NOT NULL by a constraint.
   */
  Scope embedded(VariableElement field) {
    Scope outer = scopes.peek();
    boolean applies = outer != null && outer.applies && constraints.cascades(field);
    return new Scope(applies, applies && outer.notNull && constraints.effect(field).notNull());
  }

  /** What the constraints on a field do to its column here: none outside a scope that applies them. */
  BeanConstraints.Effect effect(VariableElement field) {
    Scope scope = scopes.peek();
    if (scope == null || !scope.applies) {
      return BeanConstraints.Effect.NONE;
    }
    BeanConstraints.Effect effect = constraints.effect(field);
    return scope.notNull ? effect : effect.withoutNotNull();
  }

  /**
   * Adds a field's {@code @Min}/{@code @Max} checks on its column to the table's checks, joined to
   * the column's other unnamed check as Hibernate writes them (one {@code check (a and b)}, which
   * PostgreSQL names {@code <table>_<column>_check}). False after an error.
   */
  boolean addChecks(VariableElement field, BeanConstraints.Effect effect, String table, String column, String sqlType,
      List<CheckConstraint> checks) {
    if (effect.bounds().isEmpty()) {
      return true;
    }
    if (!isNumeric(sqlType)) {
      messager.printMessage(Diagnostic.Kind.ERROR, String.format("[TracetrackJpaNotSupported] Field %s: @Min/@Max on a"
          + " %s column: Hibernate's check compares it with a number, which PostgreSQL rejects", field.getSimpleName(),
          sqlType), field);
      return false;
    }
    for (BeanConstraints.Bound bound : effect.bounds()) {
      // After the enum's check of the values: Hibernate adds that when it resolves the type, before these.
      addColumnCheck(checks, table, column, SqlExpressions.quote(column) + (bound.min() ? " >= " : " <= ")
          + bound.value(), false);
    }
    return true;
  }

  /**
   * Adds an unnamed check of one column, {@code <table>_<column>_check} as PostgreSQL names it,
   * joined to the one the column has already: Hibernate writes a column's unnamed checks as one,
   * {@code check ((a) and (b))}. {@code first} when this one comes before the other.
   */
  void addColumnCheck(List<CheckConstraint> checks, String table, String column, String expression, boolean first) {
    String name = JpaEntityReader.columnCheckName(table, column);
    List<String> parts = columnCheckParts.computeIfAbsent(name, key -> new ArrayList<>());
    for (int i = 0; i < checks.size(); i++) {
      if (checks.get(i).name().equals(name)) {
        CheckConstraint other = checks.remove(i);
        if (parts.isEmpty()) {
          parts.add(other.expression()); // the enum's check of the values, made elsewhere
        }
        break;
      }
    }
    parts.add(first ? 0 : parts.size(), expression);
    // One flat list, (a) AND (b) AND (c), as Hibernate writes it: PostgreSQL keeps nested ANDs apart.
    checks.add(new CheckConstraint(name, parts.size() == 1 ? expression
        : String.join(" AND ", parts.stream().map(part -> "(" + part + ")").toList())));
  }

  /** Whether a field's own size constraints make a valid column; reports each that does not. */
  boolean validSizes(VariableElement field, BeanConstraints.Effect effect) {
    if (effect.length() != null && effect.length() < 1) {
      return error(field, "@Size/@Length(max = %d) would make a varchar(%d), which PostgreSQL rejects", effect.length(),
          effect.length());
    }
    if (effect.precision() != null && (effect.precision() < 1 || effect.scale() < 0)) {
      return error(field, "@Digits(integer = %d, fraction = %d) would make a numeric(%d,%d), which PostgreSQL rejects",
          effect.precision() - effect.scale(), effect.scale(), effect.precision(), effect.scale());
    }
    return true;
  }

  private boolean error(VariableElement field, String format, Object... args) {
    messager.printMessage(Diagnostic.Kind.ERROR, "[TracetrackInvalidColumnSize] Field " + field.getSimpleName() + ": "
        + String.format(format, args), field);
    return false;
  }

  private static boolean isNumeric(String sqlType) {
    String base = sqlType.replaceAll("\\(.*", "").trim();
    return List.of("smallint", "integer", "bigint", "numeric", "decimal", "real", "double precision", "float")
        .contains(base);
  }
}
