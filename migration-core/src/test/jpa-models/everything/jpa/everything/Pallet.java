package jpa.everything;

import jakarta.persistence.*;

/** A joined subclass: its key is named after its root's overridden id. */
@Entity
public class Pallet extends Crate {
  @Column(length = 20) private String wrapping;
}
