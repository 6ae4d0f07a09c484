package jpa.everything;

import jakarta.persistence.*;
import java.io.Serializable;

public class BookingKey implements Serializable {
  private Long garage;
  private int slot;
  @Override public boolean equals(Object o) { return o instanceof BookingKey k && java.util.Objects.equals(garage, k.garage) && slot == k.slot; }
  @Override public int hashCode() { return java.util.Objects.hash(garage, slot); }
}
