package jpa.clinic;

import jakarta.persistence.*;

/** A second level of JOINED inheritance. */
@Entity
public class HeadVet extends Vet {
  private int teamSize;
}
