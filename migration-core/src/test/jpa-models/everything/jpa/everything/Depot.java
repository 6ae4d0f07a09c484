package jpa.everything;

import jakarta.persistence.*;

/**
 * A place embedded once, its columns and relations overridden on the class by their paths; the
 * class's override wins over the field's where both name one path.
 */
@Entity
@AttributeOverride(name = "site.city", column = @Column(name = "site_city", length = 40))
@AttributeOverride(name = "site.point.lat", column = @Column(name = "site_lat"))
@AttributeOverride(name = "site.point.lng", column = @Column(name = "site_lng"))
@AssociationOverride(name = "site.brand", joinColumns = @JoinColumn(name = "site_brand"))
@AssociationOverride(name = "site.parked", joinTable = @JoinTable(name = "depot_parked",
    joinColumns = @JoinColumn(name = "depot"), inverseJoinColumns = @JoinColumn(name = "car")))
public class Depot {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Embedded @AttributeOverride(name = "point.lng", column = @Column(name = "overridden_lng")) private Location site;
}
