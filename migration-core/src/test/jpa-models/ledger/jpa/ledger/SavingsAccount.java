package jpa.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumns;
import java.math.BigDecimal;

/** A JOINED subclass of a two-column key, naming both of its key columns. */
@Entity
@PrimaryKeyJoinColumns(value = {
    @PrimaryKeyJoinColumn(name = "savings_number", referencedColumnName = "number"),
    @PrimaryKeyJoinColumn(name = "savings_currency", referencedColumnName = "currency")},
    foreignKey = @ForeignKey(name = "fk_savings_account"))
public class SavingsAccount extends Account {
  private BigDecimal rate;
}
