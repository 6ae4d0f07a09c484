package jpa.everything;

import jakarta.persistence.*;
import java.util.List;
import java.util.Map;

/**
 * Class overrides by path into an {@code @EmbeddedId} (its collection tables and the parcels that
 * point at it use the new name) and into element collections of embeddables, a map's values under
 * {@code value.}; the class's override wins over the field's.
 */
@Entity
@AttributeOverride(name = "id.number", column = @Column(name = "shipment_no"))
@AttributeOverride(name = "lines.amount", column = @Column(name = "line_amount", nullable = false))
@AttributeOverride(name = "byPort.value.goods", column = @Column(name = "port_goods", length = 60))
public class Shipment {
  @EmbeddedId private ShipmentKey id;
  @ElementCollection @AttributeOverride(name = "amount", column = @Column(name = "not_this"))
  private List<Consignment> lines;
  @ElementCollection @AttributeOverride(name = "value.amount", column = @Column(name = "port_amount"))
  private Map<String, Consignment> byPort;
}
