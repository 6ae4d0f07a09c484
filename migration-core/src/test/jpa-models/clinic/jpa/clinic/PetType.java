package jpa.clinic;

import jakarta.persistence.*;

@Entity
@Table(name = "pet_types")
public class PetType extends NamedEntity {
}
