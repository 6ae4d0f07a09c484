package jpa.everything;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("CAR")
public class Car extends Vehicle {
  private int seats;
  @Column(length = 30) private String color;
  @Column(nullable = false) private boolean convertible;
  @ManyToMany(mappedBy = "home.parked") private java.util.Set<Garage> homes;
}
