package jpa.legacy;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Set;

/** Property access, as legacy code has it: the @Id is on a getter, so every getter is an attribute. */
@Entity
public class Customer extends Audited {
  private Long id;
  private String name;
  private boolean active;
  private String homepageURL;
  private Address address;
  private Set<String> tags;
  private Set<Supplier> preferredSuppliers;
  private String cachedLabel;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @Column(name = "full_name", length = 80, nullable = false)
  @io.tracetrack.migrations.entity.Column(renamedFrom = "name")
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getHomepageURL() {
    return homepageURL;
  }

  public void setHomepageURL(String homepageURL) {
    this.homepageURL = homepageURL;
  }

  @Embedded
  public Address getAddress() {
    return address;
  }

  public void setAddress(Address address) {
    this.address = address;
  }

  @ElementCollection
  public Set<String> getTags() {
    return tags;
  }

  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  @ManyToMany
  public Set<Supplier> getPreferredSuppliers() {
    return preferredSuppliers;
  }

  public void setPreferredSuppliers(Set<Supplier> preferredSuppliers) {
    this.preferredSuppliers = preferredSuppliers;
  }

  @Transient
  public String getDisplayName() {
    return cachedLabel != null ? cachedLabel : name;
  }

  public String describe() {
    return name + " (" + id + ")";
  }

  @PrePersist
  void stamp() {
    setCreatedAt(Instant.now());
  }
}
