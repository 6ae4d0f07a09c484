package jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
  @Column(nullable = false)
  private String street;

  private String city;

  @Column(length = 16)
  private String postalCode;

  private int floor;
}
