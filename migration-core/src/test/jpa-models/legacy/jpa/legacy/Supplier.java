package jpa.legacy;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Property access said on the class; the id alone is read from its field. */
@Entity
@Access(AccessType.PROPERTY)
public class Supplier {
  @Id
  @Access(AccessType.FIELD)
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;
  private int rating;
  private String notes;

  public int getRating() {
    return rating;
  }

  public void setRating(int rating) {
    this.rating = rating;
  }
}
