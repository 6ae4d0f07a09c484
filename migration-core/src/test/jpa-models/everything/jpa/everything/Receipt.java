package jpa.everything;

import jakarta.persistence.*;

/** An id from a sequence in another PostgreSQL schema, which holds nothing else. */
@Entity
public class Receipt {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipt_ids")
  @SequenceGenerator(name = "receipt_ids", schema = "accounts", sequenceName = "receiptNoSeq", allocationSize = 20,
      initialValue = 500)
  private Long id;
  @Column(length = 30) private String issuer;
}
