package jpa.ledger;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An entity whose key has two columns, owning every kind of collection and join table. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Account {
  @EmbeddedId
  private AccountKey id;
  @Column(name = "owner_name")
  @io.tracetrack.migrations.entity.Column(renamedFrom = "holder")
  private String holder;
  @ElementCollection
  private Set<String> labels;
  @ElementCollection
  @OrderColumn
  private List<Note> notes;
  @ElementCollection
  @CollectionTable(name = "account_limit", joinColumns = {
      @JoinColumn(name = "limit_number", referencedColumnName = "number"),
      @JoinColumn(name = "limit_currency", referencedColumnName = "currency")})
  @MapKeyColumn(name = "kind", length = 20)
  @Column(name = "amount", precision = 12, scale = 2)
  private Map<String, BigDecimal> limits;
  @ManyToMany
  private Set<Tag> tags;
  @OneToMany
  private List<Entry> entries;
  @OneToMany
  @JoinColumns({@JoinColumn(referencedColumnName = "currency"), @JoinColumn(referencedColumnName = "number")})
  private Set<Statement> statements;
}
