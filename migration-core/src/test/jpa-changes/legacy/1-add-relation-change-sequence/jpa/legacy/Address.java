package jpa.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Embedded by a getter, so read through its getters too: {@code normalized} has none and is no column. */
@Embeddable
public class Address {
  private String street;
  private String city;
  private String normalized;

  @Column(length = 120)
  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
    this.normalized = null;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }
}
