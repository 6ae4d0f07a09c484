package jpa.ledger;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;

/** Renames the join table and the join column it inherits. */
@Entity
@AssociationOverride(name = "topics", joinTable = @JoinTable(name = "branch_topic_link",
    joinColumns = @JoinColumn(name = "branch"), inverseJoinColumns = @JoinColumn(name = "topic")))
@AssociationOverride(name = "mainTopic", joinColumns = @JoinColumn(name = "headline_topic"))
public class Branch extends Tagged {
  private String city;
}
