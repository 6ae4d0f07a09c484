package jpa.ledger;

import jakarta.persistence.Entity;

/** A JOINED subclass without @PrimaryKeyJoinColumns: its key columns are named as the root's. */
@Entity
public class CheckingAccount extends Account {
  private long overdraftCents;
}
