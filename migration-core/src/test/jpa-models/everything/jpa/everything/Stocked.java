package jpa.everything;

import jakarta.persistence.*;

/**
 * What a stock list holds: its own overrides rename the catalogue code it inherits, its own bin and
 * depot, for every entity that extends it.
 */
@MappedSuperclass
@AttributeOverride(name = "code", column = @Column(name = "stock_code", length = 16))
@AttributeOverride(name = "bin", column = @Column(name = "bin_label", length = 24))
@AssociationOverride(name = "depot", joinColumns = @JoinColumn(name = "stored_at"))
public abstract class Stocked extends Catalogued {
  @Column(length = 10) private String bin;
  @ManyToOne private Depot depot;
}
