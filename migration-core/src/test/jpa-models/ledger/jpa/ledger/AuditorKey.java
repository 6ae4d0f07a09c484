package jpa.ledger;

import java.io.Serializable;
import java.util.Objects;

/** The key of an auditor: its firm and badge. */
public class AuditorKey implements Serializable {
  private String firm;
  private int badge;

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditorKey k && Objects.equals(firm, k.firm) && badge == k.badge;
  }

  @Override
  public int hashCode() {
    return Objects.hash(firm, badge);
  }
}
