package jpa.everything;

import jakarta.persistence.*;

/** Ids from Hibernate's default generator table, shared with GiftCard. */
@Entity
public class Voucher {
  @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id;
}
