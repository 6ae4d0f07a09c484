package io.tracetrack.migrations.processor;

import com.google.auto.service.AutoService;
import io.tracetrack.migrations.core.schema.Column;
import io.tracetrack.migrations.core.schema.EnumType;
import io.tracetrack.migrations.core.schema.RenameHints;
import io.tracetrack.migrations.core.schema.Schema;
import io.tracetrack.migrations.core.schema.SqlTypes;
import io.tracetrack.migrations.core.schema.Snapshot;
import io.tracetrack.migrations.core.schema.SnapshotException;
import io.tracetrack.migrations.core.schema.Table;
import io.tracetrack.migrations.entity.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Reads every {@link Entity} class of a compilation and writes the schema they describe to {@link
 * Snapshot#RESOURCE} in the class output; stores each migration class's checksum beside it.
 *
 * <p>When only some sources are recompiled (an IDE, or javac on the changed files), the entities of
 * the previous snapshot that are not among them are read again from their class files, so the
 * snapshot keeps describing every entity; those whose class is gone are dropped.
 */
@AutoService(Processor.class)
public final class EntityProcessor extends AbstractProcessor {

  /** Tables read so far, by name. */
  private final Map<String, Found> tables = new LinkedHashMap<>();
  /** Entities whose field types are not yet known, to read in a later round. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** Every type, nested ones included, among this compilation's sources. */
  private final Set<String> compiledTypes = new HashSet<>();
  /** Enum types and rename hints the entities declare. */
  private final EntityReader.Extras extras = new EntityReader.Extras();
  private SequenceReader sequences;
  /** False when a JPA option is invalid (reported once). */
  private boolean jpaOptionsValid;
  /** As written, else settled from the class path in the last round if there are JPA entities to read. */
  private JpaNaming naming;
  /** Whether Bean Validation constraints shape JPA entities' columns: as written, else settled as {@link #naming} is. */
  private JpaValidation.Mode validation;
  /** The JPA converter classes compiled in any round, by name: those that apply themselves are found among them. */
  private final Set<String> jpaConverters = new LinkedHashSet<>();
  /** The auto-applied converters, found once in the last round. */
  private JpaConverters converters = JpaConverters.NONE;
  /** The JPA entities compiled in any round, by name, read in the last. */
  private final Set<String> jpaEntities = new LinkedHashSet<>();
  /** How the JPA entities extend and point at each other, made once in the last round, where they are read. */
  private JpaHierarchy hierarchy;
  private Snapshot previous;
  /** The JPA entities the previous compilation recorded, table owners or not ({@link JpaEntityIndex}). */
  private List<String> previousJpaEntities;
  private RevisionIndexWriter revisionIndex;
  private boolean failed;

  private record Found(String entity, Table table) {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    // "*" so the processor runs, and writes a (possibly empty) snapshot, even without entities.
    return Set.of("*");
  }

  /**
   * {@value Snapshot#EXTERNAL_SCHEMAS_OPTION}: the schemas the migrations do not own, recorded in
   * the snapshot; {@value JpaNaming#OPTION}: {@code spring} or {@code jpa}, how JPA entities' names
   * become table and column names (see {@link JpaNaming}); {@value JpaValidation#OPTION}: {@code ddl}
   * or {@code none}, whether Bean Validation constraints shape JPA entities' columns (see {@link JpaValidation}).
   */
  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Snapshot.EXTERNAL_SCHEMAS_OPTION, JpaNaming.OPTION, JpaValidation.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try (JpaAnnotations.Memo memo = JpaAnnotations.remember()) {
      processRound(round);
    }
    // Claiming no annotation, so that other processors still see every annotation, ours included.
    return false;
  }

  private void processRound(RoundEnvironment round) {
    if (previous == null) {
      previous = readPrevious();
      previousJpaEntities = JpaEntityIndex.read(processingEnv.getFiler());
      revisionIndex = new RevisionIndexWriter(processingEnv);
      sequences = new SequenceReader(processingEnv.getMessager());
      try {
        naming = JpaNaming.written(processingEnv.getOptions().get(JpaNaming.OPTION));
        validation = JpaValidation.Mode.written(processingEnv.getOptions().get(JpaValidation.OPTION));
        jpaOptionsValid = true;
      } catch (IllegalArgumentException e) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[TracetrackInvalidOption] " + e.getMessage());
        failed = true;
      }
    }
    RoundTypes roundTypes = RoundTypes.of(round.getRootElements());
    roundTypes.all.forEach(type -> compiledTypes.add(type.getQualifiedName().toString()));
    roundTypes.revisions.forEach(revision -> RevisionIdCheck.check(revision, processingEnv.getMessager()));
    EntityReader reader = new EntityReader(processingEnv.getElementUtils(), processingEnv.getMessager(), extras);
    if (!round.processingOver()) {
      revisionIndex.collect(round.getRootElements(), new MigrationChecksumWriter(processingEnv).write(roundTypes.revisions));
      Set<TypeElement> entities = new LinkedHashSet<>();
      for (String name : deferred) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
        if (type != null) {
          entities.add(type);
        }
      }
      deferred.clear();
      roundTypes.jpaConverters.forEach(converter -> jpaConverters.add(converter.getQualifiedName().toString()));
      entities.addAll(roundTypes.ourEntities);
      entities.addAll(roundTypes.jpaEntities);
      for (TypeElement entity : entities) {
        if (EntityReader.isResolved(entity) && JpaEntityReader.isEntity(entity)) {
          // Read in the last round, when every subclass and every entity that points at it is known.
          jpaEntities.add(entity.getQualifiedName().toString());
        } else if (EntityReader.isResolved(entity)) {
          readAndAdd(reader, entity);
        } else {
          deferred.add(entity.getQualifiedName().toString());
        }
      }
    } else {
      revisionIndex.write();
      List<TypeElement> allJpaEntities = jpaEntities();
      if (jpaOptionsValid) {
        if (!allJpaEntities.isEmpty()) {
          // Only a compilation with JPA entities pays for looking classes up on the class path.
          naming = naming != null ? naming : JpaNaming.byClassPath(processingEnv.getElementUtils());
          validation = validation != null ? validation : JpaValidation.Mode.byClassPath(processingEnv.getElementUtils());
        }
        hierarchy = new JpaHierarchy(processingEnv.getTypeUtils(), processingEnv.getMessager(), naming, allJpaEntities);
        converters = JpaConverters.find(jpaConverters, allJpaEntities, processingEnv.getElementUtils(),
            processingEnv.getTypeUtils(), type -> JpaConverterIndex.read(processingEnv.getFiler(), type));
      }
      for (TypeElement entity : allJpaEntities) {
        if (compiledTypes.contains(entity.getQualifiedName().toString())) {
          readAndAdd(reader, entity);
        }
      }
      readPreviousEntities(reader);
      // Entities left deferred have unknown types, which javac reports as errors itself.
      if (!failed && deferred.isEmpty()) {
        write();
        writeJpaEntityIndex();
        writeJpaConverterIndex();
      }
    }
  }

  /**
   * The JPA entities of this compilation, and those of the previous compilation found on the class
   * path: where a JPA entity's subclasses and the one-to-many fields that point at it are found.
   */
  private List<TypeElement> jpaEntities() {
    Set<String> names = new LinkedHashSet<>(jpaEntities);
    names.addAll(previous.entities().values());
    names.addAll(previousJpaEntities);
    List<TypeElement> found = new ArrayList<>();
    for (String name : names) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null && JpaEntityReader.isEntity(type) && EntityReader.isResolved(type)) {
        found.add(type);
      }
    }
    return found;
  }

  /** Reads again the entities of the previous snapshot that this compilation did not compile. */
  private void readPreviousEntities(EntityReader reader) {
    Set<String> readAgain = new HashSet<>();
    for (Map.Entry<String, String> entry : previous.entities().entrySet()) {
      String name = entry.getValue();
      if (compiledTypes.contains(name)) {
        continue;
      }
      // Found on the class path; javac reads CLASS-retention annotations from class files.
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type == null || (type.getAnnotation(Entity.class) == null && !JpaEntityReader.isEntity(type))) {
        continue;
      }
      if (EntityReader.isResolved(type)) {
        // One entity may own several tables (a JPA entity its join tables): read it once.
        if (readAgain.add(name)) {
          readAndAdd(reader, type);
        }
      } else {
        // A field type is missing from the class path: keep what the entity was.
        previous.schema().table(entry.getKey()).ifPresent(table -> add(type, table));
      }
    }
  }

  /** Reads an entity with our annotations or, a JPA entity, with JPA's, and adds its tables. */
  private void readAndAdd(EntityReader reader, TypeElement type) {
    if (!JpaEntityReader.isEntity(type)) {
      add(type, reader.read(type));
      return;
    }
    if (naming == null || validation == null) {
      failed = true;
      return;
    }
    JpaEntityReader jpa = new JpaEntityReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
        processingEnv.getMessager(), naming, sequences, hierarchy, extras, validation, converters);
    List<Table> read = jpa.read(type);
    if (read == null) {
      failed = true;
    } else if (read.isEmpty()) {
      // A single-table subclass: its root's table holds its columns; its sequences are its own.
      failed |= !sequences.read(type);
    } else {
      for (Table table : read) {
        Found shared = tables.get(table.name());
        // Entities may share a generator table; each declares it the same way, or it is a clash.
        if (shared == null || !jpa.generatorTables().contains(table.name()) || !shared.table().equals(table)) {
          add(type, table);
        }
      }
    }
  }

  private void add(TypeElement type, Table table) {
    if (table == null) {
      failed = true;
      return;
    }
    if (!sequences.read(type)) {
      failed = true;
    }
    String entity = type.getQualifiedName().toString();
    Found first = tables.putIfAbsent(table.name(), new Found(entity, table));
    if (first == null) {
      return;
    }
    failed = true;
    // A clash between a compiled entity and one read from a class file is reported on the
    // compiled one: its source is what the programmer just changed.
    boolean onFirst = compiledTypes.contains(first.entity()) && !compiledTypes.contains(entity);
    TypeElement at = onFirst ? processingEnv.getElementUtils().getTypeElement(first.entity()) : type;
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, String.format(
        "[TracetrackDuplicateTable] Entity %s maps to table \"%s\", as entity %s already does:"
            + " rename one with @Entity(table = \"...\")",
        at.getQualifiedName(), table.name(), onFirst ? entity : first.entity()), at);
  }

  /** The snapshot a previous compilation left in the class output, or an empty one. */
  private Snapshot readPrevious() {
    FileObject file;
    try {
      file = processingEnv.getFiler().getResource(StandardLocation.CLASS_OUTPUT, "", Snapshot.RESOURCE);
    } catch (IOException | IllegalArgumentException e) {
      return Snapshot.EMPTY;
    }
    try (InputStream in = file.openInputStream()) {
      return Snapshot.read(in, file.toUri().toString());
    } catch (IOException e) {
      return Snapshot.EMPTY; // no previous compilation
    } catch (SnapshotException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE,
          "Ignoring the previous schema snapshot: " + e.getMessage());
      return Snapshot.EMPTY;
    }
  }

  /** The enum types the tables use: as read now, or as the previous snapshot had them for an entity kept from it. */
  private Map<String, EnumType> enumTypesUsed(Collection<Table> tables) {
    Map<String, EnumType> enums = new TreeMap<>();
    if (extras.enums.isEmpty() && previous.schema().enums().isEmpty()) {
      return enums; // no column can be of an enum type: no need to look at each
    }
    for (Table table : tables) {
      for (Column column : table.columns()) {
        String type = SqlTypes.elementType(column.type());
        EnumType found = extras.enums.containsKey(type) ? extras.enums.get(type) : previous.schema().enumType(type).orElse(null);
        if (found != null) {
          enums.put(type, found);
        }
      }
    }
    return enums;
  }

  private void write() {
    Map<String, Table> byName = new TreeMap<>();
    Map<String, String> entities = new TreeMap<>();
    tables.forEach((name, found) -> {
      byName.put(name, found.table());
      entities.put(name, found.entity());
    });
    Map<String, EnumType> enums = enumTypesUsed(byName.values());
    Map<String, String> tableRenames = new TreeMap<>(extras.tableRenames);
    tableRenames.keySet().retainAll(byName.keySet());
    Map<String, Map<String, String>> columnRenames = new TreeMap<>(extras.columnRenames);
    columnRenames.keySet().retainAll(byName.keySet());
    Map<String, Map<String, String>> indexRenames = new TreeMap<>(extras.indexRenames);
    indexRenames.keySet().retainAll(byName.keySet());
    Map<String, Map<String, String>> constraintRenames = new TreeMap<>(extras.constraintRenames);
    constraintRenames.keySet().retainAll(byName.keySet());
    Map<String, String> enumRenames = new TreeMap<>(extras.enumRenames);
    enumRenames.keySet().retainAll(enums.keySet());
    Map<String, Map<String, String>> enumValueRenames = new TreeMap<>(extras.enumValueRenames);
    enumValueRenames.keySet().retainAll(enums.keySet());
    Set<String> external;
    try {
      external = Snapshot.parseExternalSchemas(processingEnv.getOptions().get(Snapshot.EXTERNAL_SCHEMAS_OPTION));
    } catch (IllegalArgumentException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "[TracetrackInvalidOption] " + e.getMessage());
      return;
    }
    String json = new Snapshot(Schema.of(byName.values(), enums.values()).withSequences(sequences.all()), entities,
        new RenameHints(tableRenames, columnRenames, indexRenames, constraintRenames, enumRenames, enumValueRenames),
        external).toJson();
    try {
      ResourceOutput.writeIfChanged(processingEnv.getFiler(), Snapshot.RESOURCE, json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "[TracetrackWriteFailed] Cannot write " + Snapshot.RESOURCE + ": " + e.getMessage());
    }
  }

  /** Records this compilation's auto-applied converters, for compilations that have it on the class path. */
  private void writeJpaConverterIndex() {
    List<JpaConverters.AutoApplied> compiled = converters.autoApplied().stream()
        .filter(converter -> jpaConverters.contains(converter.converter().getQualifiedName().toString())).toList();
    try {
      JpaConverterIndex.write(processingEnv.getFiler(), compiled,
          (name, type) -> converters.recordedConverter(name, type) != null);
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "[TracetrackWriteFailed] Cannot write " + JpaConverterIndex.FOLDER + ": " + e.getMessage());
    }
  }

  /** Records the JPA entities beside the snapshot, for the next incremental compile ({@link JpaEntityIndex}). */
  private void writeJpaEntityIndex() {
    if (hierarchy == null || (hierarchy.entities().isEmpty() && previousJpaEntities.isEmpty())) {
      return;
    }
    try {
      JpaEntityIndex.write(processingEnv.getFiler(),
          hierarchy.entities().stream().map(type -> type.getQualifiedName().toString()).toList());
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "[TracetrackWriteFailed] Cannot write " + JpaEntityIndex.RESOURCE + ": " + e.getMessage());
    }
  }
}
