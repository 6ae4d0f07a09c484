package jpa.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class OrderLine {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "line_ids")
  @jakarta.persistence.SequenceGenerator(name = "line_ids", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private PurchaseOrder order;

  @ManyToOne
  @JoinColumn(nullable = false)
  private Product product;

  private int quantity;

  @AttributeOverride(name = "amount", column = @Column(name = "unitAmount", precision = 12, scale = 2))
  private Money unitPrice;

  @Column(precision = 12, scale = 2)
  private BigDecimal lineTotal;
}
