package jpa.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.Set;

@Entity
public class Visit extends BaseEntity {
  @Column(nullable = false) private LocalDate visitDate;
  @Column(length = 1000) private String description;
  @ManyToMany private Set<Vet> vets;
}
