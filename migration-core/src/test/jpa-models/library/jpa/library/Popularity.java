package jpa.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/** Loans per book, read from a query: no table of its own. */
@Entity
@Immutable
@Subselect("select book_id as id, count(*) as loans from loan group by book_id")
@Synchronize("loan")
public class Popularity {
  @Id
  private Long id;

  private long loans;
}
