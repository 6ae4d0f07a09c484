package jpa.everything;

import jakarta.persistence.*;
import java.io.Serializable;

/** A shipment's key: a carrier and a number, the number's column named by the entity's class override. */
@Embeddable
public class ShipmentKey implements Serializable {
  @Column(length = 8) private String carrier;
  private long number;
  @Override public boolean equals(Object o) { return o instanceof ShipmentKey k && java.util.Objects.equals(carrier, k.carrier) && number == k.number; }
  @Override public int hashCode() { return java.util.Objects.hash(carrier, number); }
}
