package jpa.everything;

import jakarta.persistence.*;

@Entity
public class ShopOrder {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  private java.time.LocalDate placedOn;
}
