package jpa.legacy;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/** Field access, with two attributes read through getters by their own @Access. */
@Entity
public class PurchaseOrder {
  @Id
  private Long id;
  @Column(name = "amount_cents", nullable = false)
  @io.tracetrack.migrations.entity.Column(renamedFrom = "cents")
  private long cents;
  private Supplier supplier;

  @Access(AccessType.PROPERTY)
  @Column(precision = 12, scale = 2)
  public BigDecimal getTotal() {
    return BigDecimal.valueOf(cents, 2);
  }

  public void setTotal(BigDecimal total) {
    this.cents = total == null ? 0 : total.movePointRight(2).longValueExact();
  }

  @Access(AccessType.PROPERTY)
  @ManyToOne(optional = false)
  public Supplier getSupplier() {
    return supplier;
  }

  public void setSupplier(Supplier supplier) {
    this.supplier = supplier;
  }
}
