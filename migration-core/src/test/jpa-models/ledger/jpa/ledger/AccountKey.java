package jpa.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** An account's key: a currency and a number within it. */
@Embeddable
public class AccountKey implements Serializable {
  @Column(length = 3)
  private String currency;
  private long number;

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountKey k && Objects.equals(currency, k.currency) && number == k.number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, number);
  }
}
