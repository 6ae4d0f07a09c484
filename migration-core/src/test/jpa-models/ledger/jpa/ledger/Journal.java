package jpa.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/**
 * Named apart from its class, tagged like an account (the tag's inverse side is the account's, not
 * this one's), and continued by other journals (a self-referencing many-to-many with an inverse side).
 */
@Entity(name = "LedgerBook")
public class Journal {
  @Id
  private Long id;
  private String title;
  @ManyToMany
  private Set<Tag> tags;
  @ManyToMany
  private Set<Journal> continuedIn;
  @ManyToMany(mappedBy = "continuedIn")
  private Set<Journal> continues;
}
