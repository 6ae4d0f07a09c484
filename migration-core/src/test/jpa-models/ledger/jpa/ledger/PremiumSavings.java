package jpa.ledger;

import jakarta.persistence.Entity;

/** Two levels down: its key columns are named as its parent's. */
@Entity
public class PremiumSavings extends SavingsAccount {
  private int bonusPoints;
}
