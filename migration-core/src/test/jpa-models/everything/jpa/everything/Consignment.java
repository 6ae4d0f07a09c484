package jpa.everything;

import jakarta.persistence.*;

/** What a shipment carries, in element collections whose columns the shipment's class overrides rename. */
@Embeddable
public class Consignment {
  private Integer amount;
  @Column(length = 40) private String goods;
}
