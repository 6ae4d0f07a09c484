package jpa.signup;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A single-table subclass: Hibernate skips NOT NULL here, but not sizes and checks. */
@Entity
public class ProAthlete extends Athlete {
  @NotNull
  private String sponsor;

  @Size(max = 30)
  private String badge;

  @Min(1)
  private Integer stars;
}
