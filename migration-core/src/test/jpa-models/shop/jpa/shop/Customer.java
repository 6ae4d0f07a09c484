package jpa.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "customers")
@NamedQuery(name = "Customer.byEmail", query = "select c from Customer c where c.email = :email")
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 100)
  private String fullName;

  @Column(nullable = false, unique = true)
  private String email;

  private LocalDate birthDate;

  private boolean newsletter;

  @Convert(converter = CountryConverter.class)
  @Column(length = 2, nullable = false)
  private java.util.Locale country;

  @OneToMany(mappedBy = "customer")
  private List<PurchaseOrder> orders;

  @ManyToMany
  private java.util.Set<Product> favourites;

  @Transient
  private String displayName;

  private transient int cachedOrderCount;
}
