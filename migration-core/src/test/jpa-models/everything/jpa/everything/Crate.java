package jpa.everything;

import jakarta.persistence.*;

/**
 * The root of a joined hierarchy over a mapped superclass's overrides: its own class override names
 * the id its subclasses' tables join on, and one of its own field replaces that field's whole
 * {@code @Column}, as in Hibernate.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@AttributeOverride(name = "id", column = @Column(name = "crate_no"))
@AttributeOverride(name = "weight", column = @Column(name = "weight_kg"))
public class Crate extends Stocked {
  @Column(name = "weight", nullable = false) private Integer weight;
}
