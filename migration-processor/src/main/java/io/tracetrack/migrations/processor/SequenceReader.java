package io.tracetrack.migrations.processor;

import io.tracetrack.migrations.core.schema.Sequence;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Messager;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/** Collects the sequences entities declare ({@link io.tracetrack.migrations.entity.Sequence}, JPA's generators), across a compilation. */
final class SequenceReader {
  private final Messager messager;
  private final Map<String, Sequence> sequences = new TreeMap<>();
  private final Map<String, String> declaredBy = new TreeMap<>();

  SequenceReader(Messager messager) {
    this.messager = messager;
  }

  /** Reads one entity's sequences; false, with an error on the entity, for a bad or clashing one. */
  boolean read(TypeElement entity) {
    boolean ok = true;
    for (var declared : entity.getAnnotationsByType(io.tracetrack.migrations.entity.Sequence.class)) {
      Sequence sequence;
      try {
        sequence = new Sequence(declared.name(), declared.type(), declared.start(), declared.increment(),
            declared.minValue() == Long.MIN_VALUE ? null : declared.minValue(),
            declared.maxValue() == Long.MAX_VALUE ? null : declared.maxValue(), declared.cache(), declared.cycle());
      } catch (IllegalArgumentException e) {
        error(entity, "[TracetrackBadSequence] " + e.getMessage());
        ok = false;
        continue;
      }
      ok &= add(entity, sequence);
    }
    return ok;
  }

  /**
   * Adds a sequence an entity declares, in any form (a JPA {@code @SequenceGenerator}, say); false,
   * with an error on the entity, when another entity declares it differently.
   */
  boolean add(TypeElement entity, Sequence sequence) {
    String owner = entity.getQualifiedName().toString();
    Sequence other = sequences.putIfAbsent(sequence.name(), sequence);
    String first = declaredBy.putIfAbsent(sequence.name(), owner);
    if (other != null && !other.equals(sequence) && !owner.equals(first)) {
      error(entity, "[TracetrackDuplicateSequence] Sequence \"" + sequence.name() + "\" is declared by " + first
          + " already, differently");
      return false;
    }
    return true;
  }

  Collection<Sequence> all() {
    return sequences.values();
  }

  private void error(TypeElement entity, String message) {
    messager.printMessage(Diagnostic.Kind.ERROR, message, entity);
  }
}
