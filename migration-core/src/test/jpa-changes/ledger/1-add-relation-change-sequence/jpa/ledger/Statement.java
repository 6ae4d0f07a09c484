package jpa.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** Held by accounts and auditors through join columns on its own table, one per column of their keys. */
@Entity
public class Statement {
  @Id
  private Long id;
  private LocalDate closedOn;
  @ManyToOne
  private Auditor signedBy;
}
