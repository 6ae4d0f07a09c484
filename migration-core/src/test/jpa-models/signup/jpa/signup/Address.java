package jpa.signup;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Embeddable
public class Address {
  @NotNull
  private String street;

  @Size(max = 10)
  private String zip;
}
