package jpa.clinic;

import jakarta.persistence.*;

@MappedSuperclass
public abstract class NamedEntity extends BaseEntity {
  @Column(nullable = false, length = 80) private String name;
}
