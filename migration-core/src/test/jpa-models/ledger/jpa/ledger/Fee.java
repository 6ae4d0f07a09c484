package jpa.ledger;

import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

/** A single table whose discriminator's type is written as SQL. */
@Entity
@DiscriminatorColumn(name = "fee_kind", columnDefinition = "varchar(12)")
public class Fee {
  @Id
  private Long id;
  private BigDecimal amount;
}
