package jpa.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A ledger entry, which its account holds through a join table. */
@Entity
public class Entry {
  @Id
  @GeneratedValue
  private Long id;
  private BigDecimal amount;
}
