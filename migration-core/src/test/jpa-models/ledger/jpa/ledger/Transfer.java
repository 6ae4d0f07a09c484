package jpa.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** Points at a subclass whose table names its key columns itself. */
@Entity
public class Transfer {
  @Id
  @GeneratedValue
  private Long id;
  @ManyToOne
  private SavingsAccount target;
  @ManyToOne
  private PremiumSavings premium;
}
