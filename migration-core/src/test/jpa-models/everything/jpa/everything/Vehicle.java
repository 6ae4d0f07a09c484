package jpa.everything;

import jakarta.persistence.*;
import java.math.BigDecimal;

/** One table for every kind of vehicle, told apart by a discriminator column. */
@Entity
@DiscriminatorColumn(name = "kind", length = 20)
@DiscriminatorValue("V")
public class Vehicle {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(nullable = false, length = 17, unique = true) private String vin;
  @Column(precision = 10, scale = 2) private BigDecimal price;
  @ManyToOne @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE) private Garage garage;
}
