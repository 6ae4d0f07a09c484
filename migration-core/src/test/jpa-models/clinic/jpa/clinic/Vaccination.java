package jpa.clinic;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
public class Vaccination extends BaseEntity {
  @Column(nullable = false, length = 60) private String vaccine;
  private LocalDate givenOn;
}
