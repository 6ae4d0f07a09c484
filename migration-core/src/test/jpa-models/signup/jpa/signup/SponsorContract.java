package jpa.signup;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/** A joined subclass has a table of its own: NOT NULL applies there. */
@Entity
public class SponsorContract extends Contract {
  @NotNull
  private String sponsor;

  @NotNull
  @Digits(integer = 10, fraction = 0)
  private java.math.BigDecimal amount;
}
