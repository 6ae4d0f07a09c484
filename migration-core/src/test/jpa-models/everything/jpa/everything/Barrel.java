package jpa.everything;

import jakarta.persistence.*;

/** An entity's class override wins over its mapped superclass's for the same attribute. */
@Entity
@AttributeOverride(name = "bin", column = @Column(name = "barrel_bin", length = 8))
public class Barrel extends Stocked {
  private double litres;
}
