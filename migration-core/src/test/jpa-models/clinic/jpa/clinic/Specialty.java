package jpa.clinic;

import jakarta.persistence.*;

@Entity
public class Specialty extends NamedEntity {
}
