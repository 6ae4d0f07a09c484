package jpa.everything;

import jakarta.persistence.*;

@Entity
public class Truck extends Vehicle {
  private double payloadTons;
  @Column(length = 30) private String color;
  @Embedded private Dimensions cargo;
}
