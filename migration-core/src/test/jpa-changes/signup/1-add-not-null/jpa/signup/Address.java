package jpa.signup;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The zip code is now required: NOT NULL where the address is followed (@Valid @NotNull home), not elsewhere. */
@Embeddable
public class Address {
  @NotNull
  private String street;

  @NotNull
  @Size(max = 10)
  private String zip;
}
