package jpa.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;

/** A ledger entry, which its account holds through a join table. */
@Entity
public class Entry {
  @Id
  @GeneratedValue(generator = "entries")
  @SequenceGenerator(name = "entries", sequenceName = "entry_seq", allocationSize = 100)
  private Long id;
  private BigDecimal amount;
}
