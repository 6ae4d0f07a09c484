package jpa.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** A label for accounts; the inverse side of their tags. */
@Entity
public class Tag {
  @Id
  private Long id;
  private String label;
  @ManyToMany(mappedBy = "tags")
  private Set<Account> accounts;
}
