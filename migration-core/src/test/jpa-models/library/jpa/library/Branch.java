package jpa.library;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.ConcreteProxy;
import org.hibernate.annotations.HQLSelect;

@Entity
@ConcreteProxy
@HQLSelect(query = "from Branch where code = :code")
@org.hibernate.annotations.NamedQuery(name = "Branch.inCity", query = "from Branch where city = :city")
public class Branch {
  @Id
  private String code;

  private String city;

  @jakarta.persistence.ManyToOne
  private Popularity topBook;

  @jakarta.persistence.ManyToMany
  private java.util.Set<Popularity> favourites;
}
