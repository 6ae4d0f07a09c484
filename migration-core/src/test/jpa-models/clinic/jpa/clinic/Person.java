package jpa.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;

/** People of the clinic; vets and owners each add a table of their own. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Person extends BaseEntity {
  @Column(nullable = false, length = 40) private String firstName;
  @Column(nullable = false, length = 40) private String lastName;
  private LocalDate birthDate;
}
