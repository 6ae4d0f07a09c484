package jpa.everything;

import jakarta.persistence.*;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Entity
public class Garage {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;
  @Column(nullable = false, length = 80) private String name;
  @OneToMany @OrderColumn(name = "position") private List<Mechanic> mechanics;
  @ManyToMany
  @JoinTable(name = "garage_brand", joinColumns = @JoinColumn(name = "garage"), inverseJoinColumns = @JoinColumn(name = "brand"),
      indexes = @Index(name = "ix_garage_brand_brand", columnList = "brand"),
      uniqueConstraints = @UniqueConstraint(name = "uq_garage_brand", columnNames = {"brand", "garage"}))
  private List<Brand> brands;
  @OneToMany(mappedBy = "garage") private Set<Vehicle> vehicles;
  @ManyToOne private Car courtesyCar;
  @ElementCollection private Set<OpeningHours> openingHours;
  @ElementCollection @MapKeyColumn(name = "service") @Column(name = "price_cents", nullable = false) private Map<String, Long> prices;
}
