package io.tracetrack.migrations.processor;

import static io.tracetrack.migrations.processor.JpaAnnotations.*;

import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.Sequence;
import io.tracetrack.migrations.core.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What a JPA id generator adds to the schema, as Hibernate 6 creates it: the sequence of a
 * {@code @SequenceGenerator} (or Hibernate's default one) and the table of a {@code @TableGenerator}.
 */
final class JpaGenerators {
  private final JpaEntityReader reader;
  private final JpaNaming naming;
  private final JpaHierarchy hierarchy;
  private final SequenceReader sequences;
  private final List<Table> tables = new ArrayList<>();
  private final List<String> generatorTables = new ArrayList<>();

  JpaGenerators(JpaEntityReader reader, JpaNaming naming, JpaHierarchy hierarchy, SequenceReader sequences) {
    this.reader = reader;
    this.naming = naming;
    this.hierarchy = hierarchy;
    this.sequences = sequences;
  }

  /** The generator tables made so far. */
  List<Table> tables() {
    return List.copyOf(tables);
  }

  /** Their names: several entities may share one. */
  Set<String> tableNames() {
    return Set.copyOf(generatorTables);
  }

  /**
   * The table of a {@code @GeneratedValue(strategy = TABLE, generator)}, as Hibernate's table
   * generator creates it: the {@code @TableGenerator} of that name on the field or its class
   * ({@code table}, {@code schema}, {@code pkColumnName}, {@code valueColumnName}, {@code
   * uniqueConstraints}, {@code indexes}), or without one {@code hibernate_sequences}; a {@code
   * varchar(255)} key column, {@code sequence_name} by default, and a {@code bigint} value column,
   * {@code next_val}. False after an error.
   */
  boolean generatorTable(VariableElement field, String generator) {
    AnnotationMirror declared = null;
    for (Element at : List.of(field, field.getEnclosingElement())) {
      AnnotationMirror candidate = jpa(at, "TableGenerator");
      if (candidate != null && string(candidate, "name").equals(generator)) {
        declared = candidate;
      }
    }
    if (!generator.isEmpty() && declared == null) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: generator \"%s\" is not a @TableGenerator on this field"
          + " or its class; generators declared elsewhere are not supported yet", field.getSimpleName(), generator);
      return false;
    }
    if (declared != null && !string(declared, "catalog").isEmpty()) {
      reader.error(field, "[TracetrackJpaNotSupported] Field %s: @TableGenerator(catalog) is not supported yet",
          field.getSimpleName());
      return false;
    }
    String name = declared == null || string(declared, "table").isEmpty() ? "hibernate_sequences"
        : string(declared, "table");
    String schema = declared == null ? "" : string(declared, "schema");
    String table = Table.qualified(schema.isEmpty() ? "" : naming.physical(schema), naming.physical(name));
    String key = naming.physical(declared == null || string(declared, "pkColumnName").isEmpty() ? "sequence_name"
        : string(declared, "pkColumnName"));
    String value = naming.physical(declared == null || string(declared, "valueColumnName").isEmpty() ? "next_val"
        : string(declared, "valueColumnName"));
    JpaTableParts parts = new JpaTableParts(table);
    if (!reader.fits(field, "Table", Table.localName(table)) || !reader.addColumn(parts, field, new Column(key, "varchar(255)", false, null))
        || !reader.addColumn(parts, field, new Column(value, "bigint", true, null))) {
      return false;
    }
    parts.primaryKey.add(key);
    if (declared != null && !reader.tableConstraints(field, parts, mirrors(declared, "indexes"),
        mirrors(declared, "uniqueConstraints"))) {
      return false;
    }
    tables.add(parts.toTable());
    generatorTables.add(table);
    return true;
  }

  /**
   * Registers the sequence of a {@code @GeneratedValue(strategy = SEQUENCE, generator)}: the
   * {@code @SequenceGenerator} of that name on the field or its class, or with no generator
   * Hibernate 6's default {@code <table>_SEQ} by 50, in the table's schema. False after an error.
   */
  boolean sequence(TypeElement type, VariableElement field, String generator) {
    Sequence sequence;
    if (generator.isEmpty()) {
      // A hierarchy shares its root's generator.
      String table = reader.tableName(hierarchy.root(type));
      sequence = new Sequence(Table.qualified(Table.schemaOf(table), naming.defaultSequence(Table.localName(table))),
          "bigint", 1, 50, null, null, 1, false);
    } else {
      AnnotationMirror declared = null;
      for (Element at : List.of(field, field.getEnclosingElement(), type)) {
        AnnotationMirror candidate = jpa(at, "SequenceGenerator");
        if (candidate != null && string(candidate, "name").equals(generator)) {
          declared = candidate;
          break;
        }
      }
      if (declared == null) {
        reader.error(field, "[TracetrackJpaNotSupported] Field %s: generator \"%s\" is not a @SequenceGenerator on this field"
            + " or its class; generators declared elsewhere are not supported yet", field.getSimpleName(), generator);
        return false;
      }
      if (!string(declared, "catalog").isEmpty()) {
        reader.error(field, "[TracetrackJpaNotSupported] Field %s: @SequenceGenerator(catalog) is not supported yet",
            field.getSimpleName());
        return false;
      }
      String name = string(declared, "sequenceName").isEmpty() ? generator : string(declared, "sequenceName");
      // A generator's own schema, else the default one (not the table's, as Hibernate has it).
      String schema = string(declared, "schema").isEmpty() ? "" : naming.physical(string(declared, "schema"));
      if (!reader.fits(field, "Schema", schema)) {
        return false;
      }
      try {
        sequence = new Sequence(Table.qualified(schema, naming.physical(name)), "bigint", integer(declared, "initialValue"),
            integer(declared, "allocationSize"), null, null, 1, false);
      } catch (IllegalArgumentException e) {
        reader.error(field, "[TracetrackBadSequence] Field %s: %s", field.getSimpleName(), e.getMessage());
        return false;
      }
    }
    if (!reader.fits(field, "Sequence", Table.localName(sequence.name()))) {
      return false;
    }
    return sequences.add(type, sequence);
  }
}
