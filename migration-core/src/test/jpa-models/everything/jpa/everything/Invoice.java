package jpa.everything;

import jakarta.persistence.*;

@Entity
public class Invoice {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @ManyToOne
  @JoinColumns({@JoinColumn(name = "order_ref", referencedColumnName = "order_id"),
      @JoinColumn(name = "line_ref", referencedColumnName = "line_no")})
  private ShopLine line;
  @ManyToOne private Booking booking;
}
