package io.tracetrack.migrations.core.operation;

import java.util.List;

/**
 * Where the engine registers each kind of standalone element ({@link
 * io.tracetrack.migrations.core.schema.Schema#KINDS}): its {@link ElementGroup}, which
 * autogenerate and the live reader go through, and its {@code Operations} calls, which {@link
 * RecordingOperations} takes from {@link Calls}. A new kind adds one line to each.
 */
public final class ElementGroups {

  /** Every kind's group, in the order of {@code Schema.KINDS}. */
  public static final List<ElementGroup<?>> ALL = List.of(SequenceOperation.GROUP);

  private ElementGroups() {}

  /** The {@code Operations} calls of every kind's group, as default methods. */
  interface Calls extends SequenceOperation.Calls {}

  /** What a group's calls record through. */
  interface Recorder extends io.tracetrack.migrations.Operations {
    void add(Operation operation);
  }
}
