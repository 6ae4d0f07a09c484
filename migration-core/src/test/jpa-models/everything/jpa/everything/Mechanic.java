package jpa.everything;

import jakarta.persistence.*;

@Entity
public class Mechanic {
  @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Integer id;
  @Column(nullable = false, length = 60) private String name;
  @org.hibernate.annotations.Formula("upper(name)") private String shouting;
}
