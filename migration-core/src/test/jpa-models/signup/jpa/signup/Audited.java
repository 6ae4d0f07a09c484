package jpa.signup;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Constraints on inherited fields count as the entity's own. */
@MappedSuperclass
public abstract class Audited {
  @NotNull
  private Instant createdAt;

  @Size(max = 64)
  private String createdBy;
}
