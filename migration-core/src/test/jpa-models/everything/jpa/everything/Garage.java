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
  @Embedded
  @AttributeOverride(name = "city", column = @Column(name = "home_city"))
  @AttributeOverride(name = "point.lat", column = @Column(name = "home_lat"))
  @AssociationOverride(name = "brand", joinColumns = @JoinColumn(name = "home_brand"))
  private Location home;
  @Embedded
  @AttributeOverride(name = "city", column = @Column(name = "alt_city", length = 80))
  @AttributeOverride(name = "point.lat", column = @Column(name = "alt_lat"))
  @AttributeOverride(name = "point.lng", column = @Column(name = "alt_lng"))
  @AssociationOverride(name = "brand", joinColumns = @JoinColumn(name = "alt_brand"))
  @AssociationOverride(name = "parked", joinTable = @JoinTable(name = "garage_alt_parked",
      joinColumns = @JoinColumn(name = "garage"), inverseJoinColumns = @JoinColumn(name = "car")))
  @AssociationOverride(name = "coupons", joinTable = @JoinTable(name = "garage_alt_coupon"))
  private Location alternative;
  @Embedded private Workshop workshop;
  @ElementCollection private Set<OpeningHours> openingHours;
  @ElementCollection @MapKeyColumn(name = "service") @Column(name = "price_cents", nullable = false) private Map<String, Long> prices;
}
