package jpa.clinic;

import jakarta.persistence.*;

/** Every clinic entity's key and version, from a sequence per table. */
@MappedSuperclass
public abstract class BaseEntity {
  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id;
  @Version private Integer version;
}
