package jpa.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A note kept on an account, in order. */
@Embeddable
public class Note {
  @Column(length = 500)
  private String text;
  private java.time.LocalDate written;
}
