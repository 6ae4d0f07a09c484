package jpa.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** Mapped on its getters, as the entities that extend it are. */
@MappedSuperclass
public abstract class Audited {
  private Instant createdAt;

  @Column(nullable = false)
  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
