package jpa.everything;

import jakarta.persistence.*;

/** An id and a code for whatever a catalogue lists: entities rename both on the class. */
@MappedSuperclass
public abstract class Catalogued {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;
  @Column(length = 30) private String code;
}
