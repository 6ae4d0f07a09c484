package jpa.everything;

import jakarta.persistence.*;

/** Points at a shipment: its join columns follow the shipment's overridden key column. */
@Entity
public class Parcel {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne private Shipment shipment;
}
