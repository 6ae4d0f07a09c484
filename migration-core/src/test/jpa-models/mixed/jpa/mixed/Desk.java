package jpa.mixed;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A JPA entity read through its getters, with TraceTrack's @Column on one of them. */
@Entity
public class Desk {
  private Long id;
  private String queue;

  @Id
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @io.tracetrack.migrations.entity.Column(serverDefault = "'triage'", comment = "Where new tickets land")
  public String getQueue() {
    return queue;
  }

  public void setQueue(String queue) {
    this.queue = queue;
  }
}
