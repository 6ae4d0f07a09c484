package jpa.mixed;

import io.tracetrack.migrations.entity.Check;
import io.tracetrack.migrations.entity.Index;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A JPA entity with TraceTrack's annotations for what JPA cannot say. */
@Entity
@io.tracetrack.migrations.entity.Entity(comment = "Support tickets")
@Check(name = "positive_points", expression = "points > 0")
@Index(columns = "opened_at DESC", where = "NOT closed")
public class Ticket {
  public enum Priority { LOW, HIGH }

  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @io.tracetrack.migrations.entity.Column(serverDefault = "now()", comment = "When it was opened")
  private Instant openedAt;
  private int points;
  private boolean closed;
  @Enumerated(EnumType.STRING)
  @io.tracetrack.migrations.entity.Column(enumStorage = io.tracetrack.migrations.entity.Column.EnumStorage.NATIVE)
  private Priority priority;
}
