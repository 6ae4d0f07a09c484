package jpa.library;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.UpdateTimestamp;

/** Timestamps Hibernate fills in, as most Spring Boot applications keep them. */
@MappedSuperclass
public abstract class Audited {
  @CreationTimestamp
  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @UpdateTimestamp
  @OptimisticLock(excluded = true)
  private Instant updatedAt;

  @Version
  private long version;
}
