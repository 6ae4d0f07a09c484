package io.tracetrack.migrations.processor;

import java.util.Locale;
import javax.lang.model.util.Elements;

/**
 * How the names of a JPA entity become PostgreSQL names, as the application's Hibernate names
 * them: the implicit part (a name nobody wrote: an entity's table, a field's column, a join
 * column) and the physical part (every name, written or implicit, as it reaches the database).
 *
 * <p>Hibernate writes unquoted identifiers, which PostgreSQL folds to lower case; the schema model
 * holds names as the database keeps them (we always quote), so the physical name is lower case.
 * Under {@link #JPA} a name the entity quotes ({@code "OrderLine"} or {@code `OrderLine`}) keeps
 * its case; {@link #SPRING} lower-cases quoted names as well, as its strategy does.
 */
enum JpaNaming {
  /**
   * Spring Boot's default: Hibernate's {@code CamelCaseToUnderscoresNamingStrategy} ({@code
   * birthDate} → {@code birth_date}) over Spring Boot's implicit names (JPA's, but a join table is
   * the owning table, {@code _} and the property).
   */
  SPRING {
    @Override
    String physical(String logical) {
      // Quoted names too: the strategy lower-cases every name and keeps only the quotes.
      StringBuilder name = new StringBuilder(unquoted(logical).replace('.', '_'));
      for (int i = 1; i < name.length() - 1; i++) {
        if (underscoreBetween(name.charAt(i - 1), name.charAt(i), name.charAt(i + 1))) {
          name.insert(i++, '_');
        }
      }
      return name.toString().toLowerCase(Locale.ROOT);
    }
  },
  /** Plain Hibernate's: names as written ({@code OrderLine}, {@code birthDate}), folded by PostgreSQL. */
  JPA {
    @Override
    String physical(String logical) {
      return isQuoted(logical) ? unquoted(logical) : logical.toLowerCase(Locale.ROOT);
    }
  };

  /** The processor option that chooses the naming: {@code spring} or {@code jpa}. */
  static final String OPTION = "tracetrack.naming";
  /** A Spring Boot class: on the compile class path, the default naming is {@link #SPRING}. */
  static final String SPRING_BOOT_CLASS = "org.springframework.boot.SpringApplication";

  /** The name PostgreSQL keeps for a logical (written or implicit) name. */
  abstract String physical(String logical);

  /**
   * A name as Hibernate holds it before PostgreSQL folds it: under {@link #JPA} as written (its
   * case matters where Hibernate sorts columns by name), under {@link #SPRING} the physical name.
   */
  String hibernateText(String logical) {
    return this == SPRING ? physical(logical) : unquoted(logical);
  }

  /** An entity's logical table name: {@code @Table(name)}, else the entity name. */
  String table(String tableName, String entityName) {
    return physical(tableName.isEmpty() ? entityName : tableName);
  }

  /** A field's column: {@code @Column(name)}, else the field's name. */
  String column(String columnName, String fieldName) {
    return physical(columnName.isEmpty() ? fieldName : columnName);
  }

  /**
   * A join column: {@code @JoinColumn(name)}, else JPA's default, the property, {@code _} and the
   * referenced key column's logical name ({@code customer} → {@code customer_id}).
   */
  String joinColumn(String columnName, String property, String referencedLogical) {
    return physical(columnName.isEmpty() ? property + "_" + unquoted(referencedLogical) : columnName);
  }

  /**
   * A {@code @ManyToMany}'s join table nobody named, from the physical table names: JPA's owning
   * and other table ({@code post_tag}); Spring Boot's owning table and property ({@code post_tags}).
   */
  String joinTable(String owningTable, String otherTable, String property) {
    return physical(owningTable + "_" + (this == SPRING ? property : otherTable));
  }

  /**
   * Hibernate 6's default sequence of an entity with no named generator: its table's name and
   * {@code _SEQ} ({@code orders} → {@code orders_seq}).
   */
  String defaultSequence(String physicalTable) {
    return physical(physicalTable + "_SEQ");
  }

  /**
   * The naming an option value names, or null without one ({@link #byClassPath} decides then).
   *
   * @throws IllegalArgumentException for any other value
   */
  static JpaNaming written(String option) {
    if (option == null || option.isBlank()) {
      return null;
    }
    return switch (option.trim().toLowerCase(Locale.ROOT)) {
      case "spring" -> SPRING;
      case "jpa" -> JPA;
      default -> throw new IllegalArgumentException(
          "-A" + OPTION + " must be spring or jpa, not \"" + option + "\"");
    };
  }

  /** Without the option: {@link #SPRING} when Spring Boot is on the compile class path, {@link #JPA} otherwise. */
  static JpaNaming byClassPath(Elements elements) {
    return elements.getTypeElement(SPRING_BOOT_CLASS) != null ? SPRING : JPA;
  }

  private static boolean underscoreBetween(char before, char current, char after) {
    return Character.isLowerCase(before) && Character.isUpperCase(current) && Character.isLowerCase(after);
  }

  private static boolean isQuoted(String name) {
    return name.length() > 1 && (name.startsWith("\"") && name.endsWith("\"") || name.startsWith("`") && name.endsWith("`"));
  }

  private static String unquoted(String name) {
    return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
  }
}
