package jpa.everything;

import jakarta.persistence.*;

@Entity
public class GiftCard {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;
  private java.math.BigDecimal balance;
}
