package jpa.everything;

import jakarta.persistence.*;

@Entity
public class Truck extends Vehicle {
  private double payloadTons;
  @Embedded private Dimensions cargo;
}
