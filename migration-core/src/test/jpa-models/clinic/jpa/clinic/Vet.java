package jpa.clinic;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class Vet extends Person {
  @Column(unique = true, length = 20) private String licenseNumber;
  @ManyToMany
  @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
      inverseJoinColumns = @JoinColumn(name = "specialty_id"))
  private Set<Specialty> specialties;
}
