package jpa.everything;

import jakarta.persistence.*;
import java.util.Set;

/**
 * A place: a nested embeddable, a relation inside an embeddable, and to-many relations there, each
 * in a join table named for the entity that embeds it.
 */
@Embeddable
public class Location {
  @Column(length = 60) private String city;
  @Embedded @AttributeOverride(name = "lng", column = @Column(name = "longitude")) private GeoPoint point;
  @ManyToOne private Brand brand;
  @ManyToMany private Set<Car> parked;
  @OneToMany private Set<Coupon> coupons;
}
