package jpa.audit;

import jakarta.persistence.*;
import java.time.Instant;

/** Every kind of event in a table of its own, with all the columns it inherits. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class AuditEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit")
  @SequenceGenerator(name = "audit", sequenceName = "audit_event_seq", allocationSize = 10)
  private Long id;
  @Column(nullable = false) private Instant occurredAt;
  @Convert(converter = ActorConverter.class) @Column(length = 120) private Actor actor;
  @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON) private String payload;
}
