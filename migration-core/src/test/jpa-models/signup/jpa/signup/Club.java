package jpa.signup;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
public class Club {
  @Id
  @Size(max = 16)
  private String id;

  @NotBlank
  private String title;

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
