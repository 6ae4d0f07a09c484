package io.tracetrack.migrations.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tracetrack.migrations.processor.EntityProcessorTest.source;
import static io.tracetrack.migrations.processor.JpaEntityReaderTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.tracetrack.migrations.core.schema.CheckConstraint;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation constraints shape a JPA entity's columns when Hibernate would apply them: with
 * Hibernate Validator on the class path, or as the option says. (What they make of each column is
 * judged by Hibernate itself in migration-core's HibernateJudgeTest.)
 */
class JpaValidationTest {
  private static final JavaFileObject PLAYER = source("game.Player", "package game;", "import jakarta.persistence.*;",
      "import jakarta.validation.constraints.*;",
      "@Entity",
      "public class Player {",
      "  @Id private Long id;",
      "  @NotNull @Size(max = 40) private String name;",
      "  @Min(1) @Max(99) private Integer level;",
      "}");
  /** Stands for Hibernate Validator's jar on the class path: the processor looks for this class only. */
  private static final JavaFileObject HIBERNATE_VALIDATOR = source("org.hibernate.validator.HibernateValidator",
      "package org.hibernate.validator;", "public class HibernateValidator {}");
  private static final List<Column> CONSTRAINED = List.of(
      new Column("id", "bigint", false, null),
      new Column("name", "varchar(40)", false, null),
      new Column("level", "integer", true, null));
  private static final List<Column> UNCONSTRAINED = List.of(
      new Column("id", "bigint", false, null),
      new Column("name", "varchar(255)", true, null),
      new Column("level", "integer", true, null));

  @Test
  void withHibernateValidatorOnTheClassPathTheConstraintsShapeTheColumns() {
    Table player = player(compile(null, PLAYER, HIBERNATE_VALIDATOR));
    assertEquals(CONSTRAINED, player.columns());
    // One check, its parts in the order Hibernate Validator hands the constraints over (its HashSet's).
    assertEquals(List.of(new CheckConstraint("player_level_check", "(\"level\" <= 99) AND (\"level\" >= 1)")),
        player.checkConstraints());
  }

  @Test
  void withoutAValidatorHibernateAppliesNoConstraintAndNeitherDoWe() {
    Table player = player(compile(null, PLAYER));
    assertEquals(UNCONSTRAINED, player.columns());
    assertEquals(List.of(), player.checkConstraints());
  }

  @Test
  void theOptionOverridesWhatTheClassPathSuggests() {
    assertEquals(UNCONSTRAINED, player(compile("none", PLAYER, HIBERNATE_VALIDATOR)).columns());
    assertEquals(CONSTRAINED, player(compile("DDL", PLAYER)).columns());
  }

  @Test
  void anUnknownOptionValueIsAnErrorNamingTheOption() {
    Compilation compilation = compile("always", PLAYER);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("-Atracetrack.beanValidation=always is not a choice: use ddl");
  }

  @Test
  void aBoundOnATextColumnIsAnErrorOnItsField() {
    JavaFileObject badge = badge("  @Min(3) private String label;");
    Compilation compilation = compile("ddl", badge);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Field label: @Min/@Max on a varchar(255) column").inFile(badge)
        .onLineContaining("@Min(3)");
  }

  @Test
  void aSizeThatMakesNoValidColumnIsAnErrorOnItsField() {
    JavaFileObject badge = badge("  @Size(max = 0) private String label;",
        "  @Digits(integer = 0, fraction = 0) private java.math.BigDecimal weight;");
    Compilation compilation = compile("ddl", badge);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Field label: @Size/@Length(max = 0) would make a varchar(0)")
        .inFile(badge).onLineContaining("@Size(max = 0)");
    assertThat(compilation).hadErrorContaining("Field weight: @Digits(integer = 0, fraction = 0) would make a"
        + " numeric(0,0)").inFile(badge).onLineContaining("@Digits");
  }

  @Test
  void javaxConstraintsFollowHibernate5WhereOnlyNotNullMakesAColumnNotNull() {
    JavaFileObject constraint = source("javax.validation.Constraint", "package javax.validation;",
        "public @interface Constraint { Class<?>[] validatedBy(); }");
    List<JavaFileObject> sources = new ArrayList<>(List.of(constraint, badge("  @javax.validation.constraints.NotNull"
        + " private String label;", "  @javax.validation.constraints.NotBlank private String title;")));
    for (String name : List.of("NotNull", "NotBlank")) {
      sources.add(source("javax.validation.constraints." + name, "package javax.validation.constraints;",
          "@javax.validation.Constraint(validatedBy = {})", "public @interface " + name + " {",
          "  Class<?>[] groups() default {};", "}"));
    }
    Compilation compilation = compile("ddl", sources.toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    assertEquals(List.of(new Column("id", "bigint", false, null), new Column("label", "varchar(255)", false, null),
        new Column("title", "varchar(255)", true, null)),
        snapshot(compilation).schema().table("badge").orElseThrow().columns());
  }

  /** An entity {@code game.Badge} with an id and these field lines. */
  private static JavaFileObject badge(String... fields) {
    List<String> lines = new ArrayList<>(List.of("package game;", "import jakarta.persistence.*;",
        "import jakarta.validation.constraints.*;", "@Entity", "public class Badge {", "  @Id private Long id;"));
    lines.addAll(List.of(fields));
    lines.add("}");
    return source("game.Badge", lines.toArray(String[]::new));
  }

  private static Compilation compile(String option, JavaFileObject... sources) {
    List<String> options = new ArrayList<>(List.of("-Atracetrack.naming=jpa"));
    if (option != null) {
      options.add("-Atracetrack.beanValidation=" + option);
    }
    return Compiler.javac().withProcessors(new EntityProcessor()).withOptions(options.toArray()).compile(sources);
  }

  private static Table player(Compilation compilation) {
    assertThat(compilation).succeeded();
    return snapshot(compilation).schema().table("player").orElseThrow();
  }
}
