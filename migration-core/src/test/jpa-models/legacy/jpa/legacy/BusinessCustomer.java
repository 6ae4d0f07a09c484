package jpa.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A single-table subclass: property access, as its root's @Id decides. */
@Entity
public class BusinessCustomer extends Customer {
  private String vatNumber;

  @Column(length = 20)
  public String getVatNumber() {
    return vatNumber;
  }

  public void setVatNumber(String vatNumber) {
    this.vatNumber = vatNumber;
  }
}
