package jpa.legacy;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Property access said on the class; the id alone is read from its field. */
@Entity
@Access(AccessType.PROPERTY)
public class Supplier {
  @Id
  @Access(AccessType.FIELD)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suppliers")
  @SequenceGenerator(name = "suppliers", sequenceName = "supplier_seq", allocationSize = 10)
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
