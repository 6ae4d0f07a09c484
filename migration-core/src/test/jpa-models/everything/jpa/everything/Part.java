package jpa.everything;

import jakarta.persistence.*;

/** A mapped superclass's id and code, their columns given by the entity's class-level overrides. */
@Entity
@AttributeOverride(name = "id", column = @Column(name = "part_no"))
@AttributeOverride(name = "code", column = @Column(name = "part_code", length = 12, nullable = false))
public class Part extends Catalogued {
  @Column(length = 80) private String label;
}
