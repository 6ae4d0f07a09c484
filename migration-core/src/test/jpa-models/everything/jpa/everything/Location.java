package jpa.everything;

import jakarta.persistence.*;

/** A place: a nested embeddable and a relation inside an embeddable. */
@Embeddable
public class Location {
  @Column(length = 60) private String city;
  @Embedded @AttributeOverride(name = "lng", column = @Column(name = "longitude")) private GeoPoint point;
  @ManyToOne private Brand brand;
}
