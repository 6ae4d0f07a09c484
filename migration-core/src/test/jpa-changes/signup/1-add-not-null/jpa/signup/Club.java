package jpa.signup;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A title now has a size, and the city is required. */
@Entity
public class Club {
  @Id
  @Size(max = 16)
  private String id;

  @NotBlank
  @Size(max = 120)
  private String title;

  @NotNull
  private String city;

  /** Constrained on its getter: the property's constraint all the same. */
  private String motto;

  /** Auto-converted: an integer. */
  private java.time.Year founded;

  /** Auto-converted elements. */
  @jakarta.persistence.ElementCollection
  private java.util.Set<java.time.Year> seasons;

  @NotNull
  @Size(max = 50)
  public String getMotto() {
    return motto;
  }
}
