package jpa.blog;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDateTime;

@MappedSuperclass
public abstract class Audited<ID extends Serializable> {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  protected ID id;

  private LocalDateTime createdAt;

  @Version
  private Long version;
}
