package jpa.ledger;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

/** Relations that each entity extending it may map its own way with @AssociationOverride. */
@MappedSuperclass
public abstract class Tagged {
  @Id
  private Long id;
  @ManyToMany
  private Set<Tag> topics;
  @ManyToOne
  private Tag mainTopic;
}
