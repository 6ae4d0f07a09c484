package jpa.ledger;

import jakarta.persistence.Entity;

/** Keeps the join table and the join column it inherits as they are. */
@Entity
public class Desk extends Tagged {
  private int floor;
}
