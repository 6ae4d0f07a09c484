package jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

@Embeddable
public class Money {
  @Column(precision = 12, scale = 2)
  private BigDecimal amount;

  @Column(length = 3)
  private String currency;
}
