package jpa.ledger;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A fee charged for a late payment. */
@Entity
@DiscriminatorValue("LATE")
public class LateFee extends Fee {
  private int daysLate;
}
