package jpa.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** Keyed by @IdClass, pointing at accounts (a composite key on both sides of the join table). */
@Entity
@IdClass(AuditorKey.class)
public class Auditor {
  @Id
  private String firm;
  @Id
  private int badge;
  @ManyToMany
  @JoinTable(name = "audit_assignment",
      joinColumns = {@JoinColumn(name = "auditor_firm", referencedColumnName = "firm"),
          @JoinColumn(name = "auditor_badge", referencedColumnName = "badge")})
  private Set<Account> accounts;
  @ManyToMany
  private Set<Tag> specialties;
  @OneToMany
  @JoinColumns(value = {@JoinColumn(name = "auditor_firm", referencedColumnName = "firm"),
      @JoinColumn(name = "auditor_badge", referencedColumnName = "badge")},
      foreignKey = @ForeignKey(name = "fk_statement_auditor"))
  private Set<Statement> reviewed;
}
