package jpa.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Pet extends NamedEntity {
  private LocalDate birthDate;
  @ManyToOne(optional = false) private PetType type;
  @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) private Owner owner;
  @OneToMany @JoinColumn(name = "pet_id") @OrderColumn private List<Visit> visits;
  @OneToMany private java.util.Set<Vaccination> vaccinations;
}
