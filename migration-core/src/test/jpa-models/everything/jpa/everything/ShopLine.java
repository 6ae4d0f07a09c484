package jpa.everything;

import jakarta.persistence.*;

@Entity
public class ShopLine {
  @EmbeddedId private LineId id;
  @MapsId("orderId") @ManyToOne @JoinColumn(name = "order_id") private ShopOrder shopOrder;
  @Column(nullable = false) private int quantity;
}
